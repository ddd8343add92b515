import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        double total = 0;
        int count = 0;
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        while (in.hasNextDouble()) {
            double v = in.nextDouble();
            total += v;
            count++;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (count == 0) {
            System.out.println("no numbers");
            return;
        }
        System.out.println("count=" + count + " total=" + total + " mean=" + total / count);
        System.out.printf("min=%.2f max=%.2f%n", min, max);
        System.out.println(in.hasNext() ? "stopped at " + in.next() : "reached EOF");
    }
}
