import java.util.*;

public class Main {
    enum Color { RED, GREEN, BLUE }

    enum Op {
        ADD("+") { int apply(int a, int b) { return a + b; } },
        SUB("-") { int apply(int a, int b) { return a - b; } },
        MUL("*") { int apply(int a, int b) { return a * b; } };
        final String sym;
        Op(String s) { sym = s; }
        abstract int apply(int a, int b);
    }

    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6);
        private final double mass, radius;
        Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }
        double surfaceGravity() { return 6.67300E-11 * mass / (radius * radius); }
    }

    static String describe(Color c) {
        switch (c) {
            case RED: return "warm";
            case BLUE: return "cool";
            default: return "neutral";
        }
    }

    public static void main(String[] args) {
        for (Color c : Color.values()) System.out.println(c + " " + c.ordinal() + " " + c.name() + " " + describe(c));
        System.out.println(Color.valueOf("GREEN").compareTo(Color.RED));
        try {
            Color.valueOf("PURPLE");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        for (Op op : Op.values()) System.out.println("7 " + op.sym + " 3 = " + op.apply(7, 3) + " " + op.getClass().getSuperclass().getSimpleName() + " " + op.getDeclaringClass().getSimpleName());
        EnumMap<Color, Integer> em = new EnumMap<>(Color.class);
        em.put(Color.BLUE, 3); em.put(Color.RED, 1);
        System.out.println(em);
        EnumSet<Color> es = EnumSet.complementOf(EnumSet.of(Color.GREEN));
        System.out.println(es + " " + EnumSet.allOf(Color.class) + " " + EnumSet.noneOf(Color.class));
        for (Planet p : Planet.values()) System.out.printf("%s %.2f%n", p, p.surfaceGravity());
        Color c = Color.BLUE;
        String s = switch (c) { case RED -> "r"; case GREEN -> "g"; case BLUE -> "b"; };
        System.out.println(s);
        System.out.println(Arrays.toString(Op.values()));
    }
}
