import java.util.*;

public class Main {
    static String greet(String name) {
        Objects.requireNonNull(name, "name must not be null");
        return "hi " + name;
    }

    public static void main(String[] args) {
        System.out.println(Objects.equals(null, null) + " " + Objects.equals("a", null) + " " + Objects.equals("a", "a") + " " + Objects.deepEquals(new int[]{1}, new int[]{1}));
        System.out.println(Objects.hash(1, "a", null) + " " + Objects.hashCode("a") + " " + Objects.toString(null) + " " + Objects.toString(null, "def"));
        System.out.println(Objects.isNull(null) + " " + Objects.nonNull(1) + " " + Objects.requireNonNullElse(null, "else") + " " + Objects.requireNonNullElseGet(null, () -> "got"));
        System.out.println(Objects.compare("a", "b", Comparator.naturalOrder()) + " " + Objects.checkIndex(2, 3));
        System.out.println(greet("ann"));
        try {
            greet(null);
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
        try {
            Objects.requireNonNull(null);
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
        try {
            Objects.checkIndex(5, 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            Objects.checkFromToIndex(2, 1, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }
}
