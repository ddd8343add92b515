import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class Main {
    record Sale(String region, String product, int qty, double price) {}

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        List<Sale> sales = new ArrayList<>();
        while (sc.hasNext()) sales.add(new Sale(sc.next(), sc.next(), sc.nextInt(), sc.nextDouble()));
        Map<String, List<String>> byRegion = sales.stream().collect(Collectors.groupingBy(Sale::region, Collectors.mapping(Sale::product, Collectors.toList())));
        System.out.println(byRegion);
        Map<String, Long> counts = sales.stream().collect(Collectors.groupingBy(Sale::product, Collectors.counting()));
        System.out.println(counts);
        Map<String, Integer> qty = sales.stream().collect(Collectors.groupingBy(Sale::product, TreeMap::new, Collectors.summingInt(Sale::qty)));
        System.out.println(qty);
        Map<Boolean, List<Integer>> parts = sales.stream().map(Sale::qty).collect(Collectors.partitioningBy(q -> q >= 10));
        System.out.println(parts);
        Map<String, Double> avg = sales.stream().collect(Collectors.groupingBy(Sale::region, TreeMap::new, Collectors.averagingDouble(Sale::price)));
        System.out.println(avg);
        Map<String, Double> revenue = sales.stream().collect(Collectors.toMap(Sale::region, s -> s.qty() * s.price(), Double::sum, LinkedHashMap::new));
        System.out.println(revenue);
        System.out.println(sales.stream().map(Sale::product).distinct().sorted().collect(Collectors.joining(", ", "{", "}")));
        System.out.println(sales.stream().collect(Collectors.summarizingInt(Sale::qty)));
        Map<String, Optional<Sale>> best = sales.stream().collect(Collectors.groupingBy(Sale::region, Collectors.maxBy(Comparator.comparingDouble(Sale::price))));
        best.forEach((k, v) -> System.out.println(k + " -> " + v.map(Sale::product).orElse("?")));
        Set<String> regions = sales.stream().map(Sale::region).collect(Collectors.toSet());
        System.out.println(regions);
        Map<Integer, String> byLen = Stream.of("aa", "b", "cc", "ddd").collect(Collectors.toMap(String::length, Function.identity(), (a, b) -> a + "|" + b));
        System.out.println(byLen);
        try {
            Stream.of("x", "y", "x").collect(Collectors.toMap(Function.identity(), s -> 1));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Stream.of(1, 2, 3, 4).collect(Collectors.reducing(0, x -> x * x, Integer::sum)) + " "
                + Stream.of("a", "b").collect(Collectors.collectingAndThen(Collectors.toList(), Collections::unmodifiableList)));
        Map<Character, Map<Integer, List<String>>> multi = Stream.of("apple", "avocado", "banana", "blueberry", "cherry", "apricot")
                .collect(Collectors.groupingBy(s -> s.charAt(0), TreeMap::new, Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList())));
        System.out.println(multi);
        String teed = Stream.of("q", "w", "e").collect(Collectors.teeing(Collectors.counting(), Collectors.joining(), (c, j) -> c + ":" + j));
        System.out.println(teed);
    }
}
