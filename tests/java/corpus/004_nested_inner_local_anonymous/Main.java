import java.util.*;

public class Main {
    private int counter = 100;
    private static String tag = "T";

    static class Pair {
        final int a, b;
        Pair(int a, int b) { this.a = a; this.b = b; }
        @Override public String toString() { return "(" + a + "," + b + ")"; }
    }

    class Inner {
        int bump() { return ++counter; }
    }

    interface Greeter { String greet(String who); }

    public static void main(String[] args) {
        Main outer = new Main();
        Main.Inner in1 = outer.new Inner();
        Main.Inner in2 = outer.new Inner();
        System.out.println(in1.bump() + " " + in2.bump() + " " + outer.counter);

        class Local {
            final int base;
            Local(int base) { this.base = base; }
            int plus(int x) { return base + x + tag.length(); }
        }
        Local l = new Local(40);
        System.out.println(l.plus(1));

        List<Pair> ps = new ArrayList<>(List.of(new Pair(3, 1), new Pair(1, 2), new Pair(3, 0), new Pair(2, 2)));
        Collections.sort(ps, new Comparator<Pair>() {
            @Override public int compare(Pair x, Pair y) {
                if (x.a != y.a) return Integer.compare(x.a, y.a);
                return Integer.compare(y.b, x.b);
            }
        });
        System.out.println(ps);

        Greeter g = new Greeter() {
            int calls = 0;
            public String greet(String who) { calls++; return "Hi " + who + " #" + calls; }
        };
        System.out.println(g.greet("Ann"));
        System.out.println(g.greet("Bob"));
        Runnable r = new Runnable() { public void run() { System.out.println("anon run, tag=" + tag); } };
        r.run();
        System.out.println(new Object() { int sq(int v) { return v * v; } }.sq(12));
    }
}
