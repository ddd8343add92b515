import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        String rest = sc.nextLine();
        System.out.println("n=" + n + " rest of line=[" + rest + "]");
        for (int i = 0; i < n; i++) {
            String line = sc.nextLine();
            System.out.println("line " + i + ": [" + line + "]");
        }
        long big = sc.nextLong();
        double d = sc.nextDouble();
        boolean b = sc.nextBoolean();
        String word = sc.next();
        System.out.println(big + " " + d + " " + b + " " + word);
        System.out.println(sc.hasNextInt() + " " + sc.hasNext());
        String tok = sc.next();
        System.out.println("token " + tok);
        int sum = 0;
        while (sc.hasNextInt()) sum += sc.nextInt();
        System.out.println("sum " + sum + " hasNext=" + sc.hasNext());
        if (sc.hasNext()) System.out.println("left: " + sc.next());
        sc.nextLine();
        System.out.println("final line [" + (sc.hasNextLine() ? sc.nextLine() : "<none>") + "]");
        System.out.println(sc.hasNextLine());
    }
}
