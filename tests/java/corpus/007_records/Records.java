import java.util.*;

record Point(int x, int y) {
    Point {
        if (x < 0 || y < 0) throw new IllegalArgumentException("negative coordinate: " + x + "," + y);
    }
    Point(int v) { this(v, v); }
    static Point origin() { return new Point(0, 0); }
    int manhattan() { return x + y; }
}

record Person(String name, int age, List<String> tags) {}

record Wrapper(double d, long l, char c, boolean b, Object o) {}

public class Records {
    public static void main(String[] args) {
        Point p = new Point(3, 4);
        Point q = new Point(3, 4);
        System.out.println(p);
        System.out.println(p.equals(q) + " " + (p == q) + " " + (p.hashCode() == q.hashCode()));
        System.out.println(p.x() + " " + p.y() + " " + p.manhattan() + " " + new Point(7) + " " + Point.origin());
        try {
            new Point(-1, 2);
        } catch (IllegalArgumentException e) {
            System.out.println("caught: " + e.getMessage());
        }
        Set<Point> set = new HashSet<>();
        set.add(p); set.add(q); set.add(new Point(4, 3));
        System.out.println(set.size());
        Person a = new Person("Ann", 30, List.of("x", "y"));
        System.out.println(a);
        System.out.println(new Wrapper(1.0 / 3, -5L, 'z', true, null));
        System.out.println(new Wrapper(-0.0, Long.MIN_VALUE, '\u00e9', false, p));
        Map<Point, String> m = new TreeMap<>(Comparator.comparingInt(Point::x).thenComparingInt(Point::y));
        m.put(new Point(2, 1), "b"); m.put(new Point(1, 5), "a"); m.put(new Point(2, 0), "c");
        System.out.println(m);
    }
}
