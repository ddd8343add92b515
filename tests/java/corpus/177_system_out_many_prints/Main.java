public class Main {
    public static void main(String[] args) {
        java.util.Scanner sc = new java.util.Scanner(System.in);
        int n = sc.nextInt();
        // One println per line through the autoflushing System.out: slow on a JVM,
        // but the bytes must be the same.
        for (int i = 0; i < n; i++) {
            System.out.print(i);
            System.out.print(i % 7 == 0 ? '\n' : ' ');
        }
        System.out.println();
        System.out.println("done");
    }
}
