public class Main {
    static int depth(int[] a, int i) {
        return a[i] + depth(a, i + 1);
    }

    public static void main(String[] args) {
        System.out.println("line one");
        System.out.print("partial line, ");
        System.out.printf("%d %s", 42, "then ");
        System.out.print('x');
        System.out.write('y');
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 300; i++) big.append(i % 10);
        System.out.print(big);
        System.err.println("to stderr before the crash");
        int[] arr = {1, 2, 3};
        System.out.print(" sum=" + depth(arr, 0));
        System.out.println("never printed");
    }
}
