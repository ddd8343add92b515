import java.util.*;

public class Main {
    static int daysIn(String month, boolean leap) {
        return switch (month) {
            case "feb" -> leap ? 29 : 28;
            case "apr", "jun", "sep", "nov" -> 30;
            default -> {
                if (month.length() != 3) throw new IllegalArgumentException("bad month " + month);
                yield 31;
            }
        };
    }

    static String kind(int n) {
        String r;
        switch (n % 4) {
            case 0:
                r = "zero";
                break;
            case 1:
            case -1:
                r = "one";
            case 2:
                r = "fell-through-to-two";
                break;
            default:
                r = "other";
        }
        return r;
    }

    static String classify(Object o) {
        return switch (o.getClass().getSimpleName()) {
            case "Integer" -> "int " + o;
            case "String" -> "str " + ((String) o).length();
            default -> "obj";
        };
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        while (sc.hasNext()) {
            String m = sc.next();
            try {
                System.out.println(m + " " + daysIn(m, false) + " " + daysIn(m, true));
            } catch (IllegalArgumentException e) {
                System.out.println("error: " + e.getMessage());
            }
        }
        for (int i = -3; i <= 4; i++) System.out.print(kind(i) + (i < 4 ? "," : "\n"));
        System.out.println(classify(5) + "|" + classify("hello") + "|" + classify(2.5));
        char grade = 'B';
        int pts = switch (grade) { case 'A' -> 4; case 'B' -> 3; case 'C' -> 2; default -> 0; };
        System.out.println(pts);
    }
}
