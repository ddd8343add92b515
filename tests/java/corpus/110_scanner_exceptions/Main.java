import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int total = 0;
        try {
            while (true) total += sc.nextInt();
        } catch (InputMismatchException e) {
            System.out.println("InputMismatchException: " + e.getMessage() + " next token: " + sc.next());
        }
        System.out.println("total " + total);
        while (sc.hasNextInt()) total += sc.nextInt();
        System.out.println("total " + total);
        System.out.println("reading past the end");
        System.out.println(sc.nextInt());
    }
}
