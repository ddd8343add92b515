import java.util.function.*;

public class Main {
    @FunctionalInterface
    interface TriFunction<A, B, C, R> { R apply(A a, B b, C c); }

    @FunctionalInterface
    interface Validator<T> {
        boolean check(T t);
        default Validator<T> and(Validator<T> o) { return x -> check(x) && o.check(x); }
        static <T> Validator<T> not(Validator<T> v) { return x -> !v.check(x); }
    }

    public static void main(String[] args) {
        TriFunction<Integer, Integer, Integer, Integer> vol = (a, b, c) -> a * b * c;
        System.out.println(vol.apply(2, 3, 4));
        Function<Integer, Function<Integer, Function<Integer, Integer>>> curried = a -> b -> c -> a + b * c;
        System.out.println(curried.apply(1).apply(2).apply(3));
        Validator<String> nonEmpty = s -> !s.isEmpty();
        Validator<String> shortStr = s -> s.length() < 5;
        Validator<String> both = nonEmpty.and(shortStr);
        for (String s : new String[]{"", "abc", "abcdef"})
            System.out.println("'" + s + "' " + both.check(s) + " " + Validator.not(both).check(s));
        Supplier<Supplier<String>> nested = () -> () -> "deep";
        System.out.println(nested.get().get());
        IntBinaryOperator gcd = new IntBinaryOperator() {
            public int applyAsInt(int a, int b) { return b == 0 ? a : applyAsInt(b, a % b); }
        };
        System.out.println(gcd.applyAsInt(84, 36));
        Function<Integer, Integer> fact = new Function<>() {
            public Integer apply(Integer n) { return n <= 1 ? 1 : n * apply(n - 1); }
        };
        System.out.println(fact.apply(10));
        BiConsumer<String, Integer> printer = (k, v) -> System.out.println(k + "=" + v);
        printer.andThen((k, v) -> System.out.println("len " + (k.length() + v))).accept("key", 3);
        ToIntFunction<String> len = String::length;
        ToLongBiFunction<Integer, Integer> mul = (a, b) -> (long) a * b;
        System.out.println(len.applyAsInt("seven") + " " + mul.applyAsLong(100000, 100000));
    }
}
