import java.util.*;

interface Shape { double area(); String name(); }

class Circle implements Shape {
    private final double r;
    Circle(double r) { this.r = r; }
    public double area() { return Math.PI * r * r; }
    public String name() { return "circle"; }
}

class Rect implements Shape {
    private final double w, h;
    Rect(double w, double h) { this.w = w; this.h = h; }
    public double area() { return w * h; }
    public String name() { return "rect"; }
}

class Runner {
    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        Scanner in = new Scanner(System.in);
        while (in.hasNext()) {
            String kind = in.next();
            if (kind.equals("c")) shapes.add(new Circle(in.nextDouble()));
            else shapes.add(new Rect(in.nextDouble(), in.nextDouble()));
        }
        double total = 0;
        for (Shape s : shapes) {
            System.out.printf("%s %.4f%n", s.name(), s.area());
            total += s.area();
        }
        System.out.println("total " + total);
    }
}
