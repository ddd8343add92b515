import java.util.*;

public class Main {
    record Customer(int id, int arrival, int service) {}

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int tellers = sc.nextInt(), customers = sc.nextInt();
        long seed = sc.nextLong();
        Random rnd = new Random(seed);
        ArrayDeque<Customer> arrivals = new ArrayDeque<>();
        int t = 0;
        for (int i = 1; i <= customers; i++) {
            t += rnd.nextInt(4);
            arrivals.add(new Customer(i, t, 1 + rnd.nextInt(8)));
        }
        int[] freeAt = new int[tellers];
        ArrayDeque<Customer> line = new ArrayDeque<>();
        long totalWait = 0;
        int maxWait = 0, maxLine = 0;
        StringBuilder log = new StringBuilder();
        for (int clock = 0; !arrivals.isEmpty() || !line.isEmpty(); clock++) {
            while (!arrivals.isEmpty() && arrivals.peek().arrival() == clock) line.add(arrivals.poll());
            maxLine = Math.max(maxLine, line.size());
            for (int k = 0; k < tellers && !line.isEmpty(); k++) {
                if (freeAt[k] <= clock) {
                    Customer c = line.poll();
                    int wait = clock - c.arrival();
                    totalWait += wait;
                    maxWait = Math.max(maxWait, wait);
                    freeAt[k] = clock + c.service();
                    if (c.id() <= 12) log.append(String.format("t=%3d teller %d serves #%d (waited %d)%n", clock, k, c.id(), wait));
                }
            }
        }
        System.out.print(log);
        System.out.printf("average wait %.3f, max wait %d, longest line %d, last teller free at %d%n",
                (double) totalWait / customers, maxWait, maxLine, Arrays.stream(freeAt).max().getAsInt());
    }
}
