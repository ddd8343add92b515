import java.util.*;

public class Main {
    static Optional<Integer> parse(String s) {
        try {
            return Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static void main(String[] args) {
        for (String s : new String[]{"12", "x", "-7", ""}) {
            Optional<Integer> o = parse(s);
            System.out.println(o + " " + o.isPresent() + " " + o.map(v -> v * 2).orElse(-1) + " " + o.filter(v -> v > 0).isEmpty());
            o.ifPresentOrElse(v -> System.out.println("  got " + v), () -> System.out.println("  nothing"));
        }
        Optional<String> name = Optional.ofNullable(null);
        System.out.println(name.orElseGet(() -> "generated") + " " + name.or(() -> Optional.of("alt")).get());
        System.out.println(Optional.of("abc").flatMap(x -> Optional.of(x.length())).get());
        try {
            Optional.empty().get();
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
        try {
            Optional.empty().orElseThrow(() -> new IllegalStateException("custom missing"));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("Optional.of(null) -> NPE");
        }
        OptionalInt oi = OptionalInt.of(3);
        OptionalDouble od = OptionalDouble.empty();
        OptionalLong ol = OptionalLong.of(-9);
        System.out.println(oi + " " + od + " " + ol + " " + od.orElse(1.5) + " " + Optional.of(List.of(1)).stream().count());
        System.out.println(Optional.of(5).equals(Optional.of(5)) + " " + Optional.empty().equals(Optional.ofNullable(null)));
    }
}
