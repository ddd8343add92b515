import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        String[] names = new String[n];
        int[] qty = new int[n];
        double[] price = new double[n];
        for (int i = 0; i < n; i++) { names[i] = sc.next(); qty[i] = sc.nextInt(); price[i] = sc.nextDouble(); }
        String line = "+" + "-".repeat(14) + "+" + "-".repeat(7) + "+" + "-".repeat(12) + "+" + "-".repeat(14) + "+";
        System.out.println(line);
        System.out.printf("| %-12s | %5s | %10s | %12s |%n", "Item", "Qty", "Price", "Total");
        System.out.println(line);
        double grand = 0;
        for (int i = 0; i < n; i++) {
            double t = qty[i] * price[i];
            grand += t;
            System.out.printf("| %-12.12s | %5d | %10.2f | %,12.2f |%n", names[i], qty[i], price[i], t);
        }
        System.out.println(line);
        System.out.printf("| %-12s | %5d | %10s | %,12.2f |%n", "TOTAL", Arrays.stream(qty).sum(), "", grand);
        System.out.println(line);
        System.out.printf("Average price: %8.3f, max qty: %03d, share of first: %.1f%%%n", Arrays.stream(price).average().orElse(0), Arrays.stream(qty).max().orElse(0), 100 * qty[0] * price[0] / grand);
    }
}
