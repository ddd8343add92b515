import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class Main {
    static int square(int x) { return x * x; }
    private final String prefix;
    Main(String p) { prefix = p; }
    String decorate(String s) { return prefix + s; }

    public static void main(String[] args) {
        Function<Integer, Integer> inc = x -> x + 1;
        Function<Integer, Integer> dbl = x -> x * 2;
        System.out.println(inc.andThen(dbl).apply(5) + " " + inc.compose(dbl).apply(5));
        IntUnaryOperator sq = Main::square;
        System.out.println(sq.applyAsInt(9));
        Main m = new Main(">> ");
        Function<String, String> deco = m::decorate;
        System.out.println(deco.apply("bound"));
        Function<String, Integer> len = String::length;
        System.out.println(len.apply("unbound"));
        Supplier<List<String>> mk = ArrayList::new;
        List<String> l = mk.get();
        l.add("b"); l.add("a"); l.add("c");
        l.sort(String::compareTo);
        System.out.println(l);
        Function<Integer, int[]> arrMaker = int[]::new;
        System.out.println(arrMaker.apply(4).length);
        BiFunction<String, String, Boolean> eq = String::equalsIgnoreCase;
        System.out.println(eq.apply("HeLLo", "hello"));
        l.forEach(System.out::println);
        Runnable[] rs = new Runnable[3];
        for (int i = 0; i < 3; i++) { final int k = i; rs[i] = () -> System.out.print(k * 10 + " "); }
        for (Runnable r : rs) r.run();
        System.out.println();
        Comparator<String> byLen = Comparator.comparing(String::length);
        System.out.println(Stream.of("ccc", "a", "bb", "dd").sorted(byLen.thenComparing(Comparator.reverseOrder())).collect(Collectors.toList()));
        BinaryOperator<Integer> add = Integer::sum;
        System.out.println(Stream.iterate(1, x -> x <= 100, x -> x * 3).reduce(0, add));
    }
}
