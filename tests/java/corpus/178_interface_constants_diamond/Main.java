interface Limits {
    int MAX = 100;
    String NAME = "limits";
}

interface A { default String who() { return "A"; } }
interface B extends A { default String who() { return "B>" + A.super.who(); } }
interface C extends A { }
class D implements B, C { }

class Base implements Limits {
    static String describe() { return NAME + ":" + MAX; }
}

public class Main extends Base {
    static int MAX = 5;

    public static void main(String[] args) {
        System.out.println(MAX + " " + Limits.MAX + " " + describe() + " " + Base.MAX);
        System.out.println(new D().who());
        A a = new D();
        System.out.println(a.who() + " " + (a instanceof C) + " " + (a instanceof B));
        Object o = new D();
        System.out.println(o instanceof Limits);
        Runnable r = () -> System.out.println("lambda is " + (((Object) (Runnable) () -> {}) instanceof Runnable));
        r.run();
    }
}
