import java.util.*;
import java.util.function.*;

public class Main {
    interface Listener<E> { void on(E event); }

    static class EventBus<E> {
        private final Map<String, List<Listener<E>>> byTopic = new TreeMap<>();
        void subscribe(String topic, Listener<E> l) { byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(l); }
        int publish(String topic, E event) {
            List<Listener<E>> ls = byTopic.getOrDefault(topic, List.of());
            ls.forEach(l -> l.on(event));
            return ls.size();
        }
    }

    static abstract class Logger implements Listener<String> {
        protected final List<String> lines = new ArrayList<>();
        abstract String prefix();
        public void on(String e) { lines.add(prefix() + e); }
    }

    public static void main(String[] args) {
        EventBus<String> bus = new EventBus<>();
        Logger info = new Logger() { String prefix() { return "[info] "; } };
        Logger audit = new Logger() { String prefix() { return "[audit] "; } @Override public void on(String e) { super.on(e.toUpperCase()); } };
        int[] counter = {0};
        bus.subscribe("user", info);
        bus.subscribe("user", audit);
        bus.subscribe("order", info);
        bus.subscribe("order", e -> counter[0] += e.length());
        Scanner sc = new Scanner(System.in);
        while (sc.hasNextLine()) {
            String line = sc.nextLine();
            int sp = line.indexOf(' ');
            if (sp < 0) continue;
            int delivered = bus.publish(line.substring(0, sp), line.substring(sp + 1));
            System.out.println(line + " -> " + delivered + " listener(s)");
        }
        info.lines.forEach(System.out::println);
        audit.lines.forEach(System.out::println);
        System.out.println("order chars " + counter[0]);
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        Function<Integer, Integer> twice = add.andThen(x -> x * 2).apply(1, 2) > 5 ? x -> x * 2 : x -> x;
        System.out.println(twice.apply(21));
    }
}
