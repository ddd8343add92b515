import java.util.*;
import java.util.function.*;

public class Main {
    public static void main(String[] args) {
        Predicate<Integer> even = x -> x % 2 == 0;
        Predicate<Integer> positive = x -> x > 0;
        List<Integer> xs = List.of(-4, -3, 0, 1, 2, 7, 8);
        for (int x : xs) System.out.print((even.and(positive).test(x) ? "E+" : even.or(positive).test(x) ? "eo" : even.negate().test(x) ? "odd" : "--") + " ");
        System.out.println();
        System.out.println(Predicate.isEqual("a").test("a") + " " + Predicate.not(String::isEmpty).test(""));
        UnaryOperator<String> up = String::toUpperCase;
        System.out.println(up.andThen(s -> s + "!").apply("hey") + " " + UnaryOperator.identity().apply(5) + " " + Function.<Integer>identity().apply(6));
        BinaryOperator<Integer> mx = BinaryOperator.maxBy(Comparator.naturalOrder());
        BinaryOperator<String> mn = BinaryOperator.minBy(Comparator.comparing(String::length));
        System.out.println(mx.apply(3, 9) + " " + mn.apply("long", "tiny"));
        Supplier<Map<String, Integer>> sup = TreeMap::new;
        Map<String, Integer> m = sup.get();
        BiFunction<String, Integer, Integer> bump = (k, v) -> v == null ? 1 : v + 1;
        for (String w : "a b a c a b".split(" ")) m.compute(w, bump);
        System.out.println(m);
        Consumer<List<Integer>> addOne = l -> l.add(1);
        Consumer<List<Integer>> addTwo = l -> l.add(2);
        List<Integer> target = new ArrayList<>();
        addOne.andThen(addTwo).andThen(addOne).accept(target);
        System.out.println(target);
        IntPredicate ip = i -> i > 3;
        IntFunction<String> stars = "*"::repeat;
        ToDoubleFunction<String> parse = Double::parseDouble;
        IntToLongFunction sq = i -> (long) i * i;
        LongUnaryOperator half = l -> l / 2;
        DoubleBinaryOperator hyp = Math::hypot;
        BooleanSupplier bs = () -> true;
        ObjIntConsumer<StringBuilder> rep = (sb, n) -> sb.append(n);
        StringBuilder sb = new StringBuilder();
        rep.accept(sb, 42);
        System.out.println(ip.test(5) + " " + stars.apply(3) + " " + parse.applyAsDouble("2.5") + " " + sq.applyAsLong(100000) + " " + half.applyAsLong(-7) + " " + hyp.applyAsDouble(5, 12) + " " + bs.getAsBoolean() + " " + sb);
        BiPredicate<String, Integer> longer = (s, n) -> s.length() > n;
        System.out.println(longer.test("abc", 2) + " " + longer.negate().test("abc", 2));
        Function<Integer, Function<Integer, Integer>> pow = b -> e -> { int r = 1; for (int i = 0; i < e; i++) r *= b; return r; };
        System.out.println(pow.apply(3).apply(4));
    }
}
