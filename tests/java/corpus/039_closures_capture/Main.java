import java.util.*;
import java.util.function.*;

public class Main {
    private int field = 1;

    IntSupplier fieldReader() { return () -> field * 10; }

    static List<Supplier<String>> makeGreeters(String... names) {
        List<Supplier<String>> out = new ArrayList<>();
        for (String n : names) out.add(() -> "hello " + n);
        return out;
    }

    public static void main(String[] args) {
        int[] counter = {0};
        Runnable inc = () -> counter[0]++;
        for (int i = 0; i < 5; i++) inc.run();
        System.out.println(counter[0]);
        Main m = new Main();
        IntSupplier r = m.fieldReader();
        System.out.println(r.getAsInt());
        m.field = 7;
        System.out.println(r.getAsInt());
        makeGreeters("a", "b", "c").forEach(s -> System.out.println(s.get()));
        List<IntUnaryOperator> adders = new ArrayList<>();
        for (int i = 1; i <= 3; i++) { int k = i; adders.add(x -> x + k); }
        int v = 0;
        for (IntUnaryOperator op : adders) v = op.applyAsInt(v);
        System.out.println(v);
        StringBuilder shared = new StringBuilder();
        Consumer<String> app = shared::append;
        app.accept("x"); app.accept("y");
        System.out.println(shared);
        Function<Integer, Function<Integer, Integer>> adder = a -> b -> a + b;
        Function<Integer, Integer> add5 = adder.apply(5);
        System.out.println(add5.apply(10) + " " + add5.apply(-5));
    }
}
