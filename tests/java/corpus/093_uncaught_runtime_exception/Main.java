import java.util.*;

public class Main {
    static int parseAge(String s) {
        int a = Integer.parseInt(s);
        if (a < 0) throw new IllegalArgumentException("age must be non-negative: " + a);
        return a;
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        while (sc.hasNext()) {
            int age = parseAge(sc.next());
            System.out.println("age ok: " + age);
        }
        System.out.println("all ages valid");
    }
}
