public class Main {
    static int depth = 0;

    // Wide frames: the 64 MB stack overflows after fewer calls.
    static long recurse(long a, long b, long c, long d, long e, long f, long g, long h) {
        depth++;
        return recurse(b, c, d, e, f, g, h, a + 1) + a * b + c * d + e * f + g * h;
    }

    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    static long infiniteMutual(long x) { return other(x + 1) + 1; }
    static long other(long x) { return infiniteMutual(x * 2) + 1; }

    public static void main(String[] args) throws InterruptedException {
        try {
            recurse(1, 2, 3, 4, 5, 6, 7, 8);
        } catch (StackOverflowError e) {
            System.out.println("caught StackOverflowError, depth > 1000: " + (depth > 1000) + ", message: " + e.getMessage());
        }
        System.out.println("program continues: fib(20) = " + fib(20));
        Thread t = new Thread(null, () -> {
            try {
                infiniteMutual(0);
            } catch (StackOverflowError e) {
                System.out.println("caught again in a thread with a 1 MB stack");
            }
        }, "small", 1 << 20);
        t.start();
        t.join();
        System.out.println("done");
    }
}
