import java.util.*;

public class Pizza {
    private final String size;
    private final List<String> toppings;
    private final boolean extraCheese;
    private final int slices;

    private Pizza(Builder b) {
        size = b.size; toppings = List.copyOf(b.toppings); extraCheese = b.extraCheese; slices = b.slices;
    }

    public static Builder builder(String size) { return new Builder(size); }

    public static final class Builder {
        private final String size;
        private final List<String> toppings = new ArrayList<>();
        private boolean extraCheese;
        private int slices = 8;
        private Builder(String size) { this.size = size; }
        public Builder topping(String t) { toppings.add(t); return this; }
        public Builder extraCheese() { extraCheese = true; return this; }
        public Builder slices(int n) {
            if (n <= 0) throw new IllegalArgumentException("slices must be positive, got " + n);
            slices = n; return this;
        }
        public Pizza build() { return new Pizza(this); }
    }

    double price() {
        double base = switch (size) { case "S" -> 8; case "M" -> 10.5; case "L" -> 13; default -> throw new IllegalStateException("size " + size); };
        return base + toppings.size() * 1.25 + (extraCheese ? 2 : 0);
    }

    @Override public String toString() {
        return "Pizza{size=" + size + ", toppings=" + toppings + ", extraCheese=" + extraCheese + ", slices=" + slices + "}";
    }

    public static void main(String[] args) {
        Pizza p = Pizza.builder("M").topping("ham").topping("olive").extraCheese().slices(6).build();
        System.out.println(p + " costs " + p.price());
        System.out.println(Pizza.builder("S").build().price());
        try {
            Pizza.builder("L").slices(0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Pizza.builder("XL").build().price();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        try {
            p.toppings.add("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("immutable toppings: " + e.getMessage());
        }
    }
}
