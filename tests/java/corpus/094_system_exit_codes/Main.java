import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        String mode = sc.hasNext() ? sc.next() : "none";
        System.out.println("mode " + mode);
        try {
            switch (mode) {
                case "three":
                    System.out.print("exiting with 3 (no newline)");
                    System.exit(3);
                    break;
                case "zero":
                    System.exit(0);
                    break;
                case "minus":
                    System.exit(-1);
                    break;
                case "big":
                    System.exit(300);
                    break;
                case "throw":
                    throw new IllegalStateException("thrown in " + mode);
                default:
                    System.out.println("normal return");
            }
        } finally {
            System.out.println("finally runs unless System.exit was called");
        }
        System.out.println("after try");
    }
}
