interface Walker {
    default String move() { return "walk"; }
    static String kind() { return "Walker"; }
}

interface Swimmer {
    default String move() { return "swim"; }
    String name();
    default String intro() { return "I am " + name() + " and I " + move(); }
}

class Duck implements Walker, Swimmer {
    public String move() { return Walker.super.move() + "+" + Swimmer.super.move(); }
    public String name() { return "duck"; }
}

class Fish implements Swimmer {
    public String name() { return "fish"; }
}

interface Counter {
    int next();
    static Counter from(int start) {
        int[] c = {start};
        return () -> c[0]++;
    }
    default Counter skip(int n) { for (int i = 0; i < n; i++) next(); return this; }
}

public class Main {
    public static void main(String[] args) {
        System.out.println(new Duck().intro());
        System.out.println(new Fish().intro());
        System.out.println(Walker.kind());
        Counter c = Counter.from(5).skip(3);
        System.out.println(c.next() + " " + c.next());
    }
}
