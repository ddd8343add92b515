class Base {
    static { System.out.println("Base static init"); }
    { System.out.println("Base instance init"); }
    protected int value = initValue("Base.value");
    Base() {
        System.out.println("Base constructor, describe() = " + describe());
    }
    static int initValue(String who) { System.out.println("init " + who); return 1; }
    String describe() { return "Base"; }
}

class Derived extends Base {
    static final String CONST = "compile-time constant";
    static String nonConst = compute();
    static { System.out.println("Derived static init"); }
    private String name = "derived-name";
    { System.out.println("Derived instance init, name=" + name); }
    Derived() {
        super();
        System.out.println("Derived constructor");
    }
    static String compute() { System.out.println("Derived.compute"); return "computed"; }
    @Override String describe() { return "Derived with name=" + name; }
}

class Lazy {
    static { System.out.println("Lazy initialised"); }
    static int X = 42;
}

public class Main {
    static int counter;
    static final int[] TABLE = new int[5];
    static {
        for (int i = 0; i < TABLE.length; i++) TABLE[i] = i * i;
        counter = TABLE[4];
        System.out.println("Main static init, counter=" + counter);
    }

    public static void main(String[] args) {
        System.out.println("main starts");
        System.out.println(Derived.CONST);
        System.out.println("--- first new Derived");
        new Derived();
        System.out.println("--- second new Derived");
        new Derived();
        System.out.println("--- before Lazy");
        Lazy[] arr = new Lazy[3];
        System.out.println("array made, length " + arr.length);
        System.out.println(Lazy.X);
        System.out.println(Lazy.X + 1);
    }
}
