import java.util.*;

public class Main {
    public static void main(String[] args) throws InterruptedException {
        Scanner sc = new Scanner(System.in);
        int code = sc.nextInt();
        Thread t = new Thread(null, () -> {
            System.out.println("worker exits with " + code);
            System.exit(code);
        }, "solver", 1 << 26);
        t.start();
        t.join();
        System.out.println("unreachable");
    }
}
