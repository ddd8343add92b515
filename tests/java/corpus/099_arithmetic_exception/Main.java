import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int a = sc.nextInt(), b = sc.nextInt();
        try {
            System.out.println(a / 0);
        } catch (ArithmeticException e) {
            System.out.println("caught: " + e.getMessage() + " | " + e);
        }
        try {
            System.out.println(a % 0);
        } catch (ArithmeticException e) {
            System.out.println("caught %: " + e.getMessage());
        }
        try {
            long l = a;
            System.out.println(l / (b - b));
        } catch (ArithmeticException e) {
            System.out.println("caught long: " + e.getMessage());
        }
        System.out.println(a / 0.0 + " " + -a / 0.0 + " " + 0.0 / 0 + " " + a % 0.0);
        try {
            System.out.println(java.math.BigDecimal.ONE.divide(java.math.BigDecimal.ZERO));
        } catch (ArithmeticException e) {
            System.out.println("caught BigDecimal: " + e.getMessage());
        }
        System.out.println("now uncaught: " + a + "/" + b);
        System.out.println(a / b);
        System.out.println("not reached when b == 0");
    }
}
