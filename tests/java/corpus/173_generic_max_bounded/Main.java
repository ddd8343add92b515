import java.util.*;

public class Main {
    static <T extends Comparable<? super T>> T max(Collection<? extends T> xs) {
        Iterator<? extends T> it = xs.iterator();
        T best = it.next();
        while (it.hasNext()) { T x = it.next(); if (x.compareTo(best) > 0) best = x; }
        return best;
    }

    static <K, V extends Comparable<V>> K argmax(Map<K, V> m) {
        K bestK = null;
        V bestV = null;
        for (Map.Entry<K, V> e : m.entrySet()) if (bestV == null || e.getValue().compareTo(bestV) > 0) { bestK = e.getKey(); bestV = e.getValue(); }
        return bestK;
    }

    static abstract class Shape implements Comparable<Shape> {
        abstract double area();
        public int compareTo(Shape o) { return Double.compare(area(), o.area()); }
        public String toString() { return getClass().getSimpleName() + String.format("(%.2f)", area()); }
    }
    static class Sq extends Shape { final double s; Sq(double s) { this.s = s; } double area() { return s * s; } }
    static class Circ extends Shape { final double r; Circ(double r) { this.r = r; } double area() { return Math.PI * r * r; } }

    public static void main(String[] args) {
        System.out.println(max(List.of(3, 9, 2)) + " " + max(Set.of("pear")) + " " + max(Arrays.asList('x', 'b', 'z')));
        List<Sq> squares = List.of(new Sq(2), new Sq(3));
        System.out.println(max(squares));
        List<Shape> shapes = new ArrayList<>(List.of(new Sq(1.5), new Circ(1), new Sq(1.8), new Circ(0.5)));
        Collections.sort(shapes);
        System.out.println(shapes + " max " + max(shapes));
        Map<String, Double> scores = new HashMap<>(Map.of("ann", 3.5, "bob", 9.25, "cid", 9.0));
        System.out.println(argmax(scores) + " " + argmax(new HashMap<String, Integer>()));
        try {
            max(new ArrayList<Integer>());
        } catch (NoSuchElementException e) {
            System.out.println("max of empty: NoSuchElementException");
        }
    }
}
