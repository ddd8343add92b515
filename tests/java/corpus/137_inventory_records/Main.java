import java.util.*;
import java.util.stream.*;

public class Main {
    enum Category { FOOD, TOOLS, TOYS }

    record Item(String sku, String name, Category cat, int qty, double price) {
        double value() { return qty * price; }
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        List<Item> items = new ArrayList<>();
        while (sc.hasNext()) items.add(new Item(sc.next(), sc.next(), Category.valueOf(sc.next().toUpperCase()), sc.nextInt(), sc.nextDouble()));
        Map<Category, List<Item>> byCat = items.stream().collect(Collectors.groupingBy(Item::cat, () -> new EnumMap<>(Category.class), Collectors.toList()));
        byCat.forEach((c, l) -> System.out.printf("%-5s %2d items, value %10.2f, names %s%n", c, l.size(), l.stream().mapToDouble(Item::value).sum(),
                l.stream().map(Item::name).sorted().collect(Collectors.joining(","))));
        System.out.println("low stock: " + items.stream().filter(i -> i.qty() < 5).map(Item::sku).sorted().toList());
        Optional<Item> priciest = items.stream().max(Comparator.comparingDouble(Item::price));
        System.out.println("priciest: " + priciest.orElseThrow());
        DoubleSummaryStatistics stats = items.stream().mapToDouble(Item::price).summaryStatistics();
        System.out.printf("prices: min %.2f max %.2f avg %.4f%n", stats.getMin(), stats.getMax(), stats.getAverage());
        Map<Boolean, Long> cheap = items.stream().collect(Collectors.partitioningBy(i -> i.price() < 10, Collectors.counting()));
        System.out.println(cheap);
        System.out.println(items.stream().sorted(Comparator.comparing(Item::cat).thenComparing(Item::value, Comparator.reverseOrder())).map(i -> i.sku() + ":" + i.value()).collect(Collectors.joining(" ")));
    }
}
