import java.io.BufferedReader;
import java.io.InputStreamReader;

// Deep recursion the way Java solutions get it: a thread with a large stack.
public class Main {
    static long depth(long n) {
        return n == 0 ? 0 : n + depth(n - 1);
    }

    public static void main(String[] args) throws Exception {
        long n = Long.parseLong(new BufferedReader(new InputStreamReader(System.in)).readLine().trim());
        Thread worker = new Thread(null, () -> System.out.println(depth(n)), "solve", 1 << 26);
        worker.start();
        worker.join();
    }
}
