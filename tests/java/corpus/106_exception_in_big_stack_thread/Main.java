public class Main {
    static int dive(int n) {
        if (n == 0) throw new IllegalStateException("bottom reached");
        return dive(n - 1) + 1;
    }

    public static void main(String[] args) throws InterruptedException {
        Thread t = new Thread(null, () -> {
            System.out.println("worker starts");
            System.out.println(dive(50_000));
        }, "main", 1 << 26);
        t.start();
        t.join();
        System.out.println("main thread continues after the worker died; exit code stays 0");
    }
}
