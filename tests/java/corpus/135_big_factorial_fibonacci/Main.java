import java.math.BigInteger;
import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        while (sc.hasNextInt()) {
            int n = sc.nextInt();
            BigInteger f = BigInteger.ONE;
            for (int i = 2; i <= n; i++) f = f.multiply(BigInteger.valueOf(i));
            String s = f.toString();
            int digitSum = 0;
            for (char c : s.toCharArray()) digitSum += c - '0';
            int trailing = s.length() - s.replaceAll("0+$", "").length();
            System.out.println(n + "! has " + s.length() + " digits, digit sum " + digitSum + ", " + trailing + " trailing zeros, starts " + s.substring(0, Math.min(20, s.length())));
            BigInteger a = BigInteger.ZERO, b = BigInteger.ONE;
            for (int i = 0; i < n; i++) { BigInteger t = a.add(b); a = b; b = t; }
            System.out.println("fib(" + n + ") = " + (a.toString().length() > 60 ? a.toString().substring(0, 30) + "...(" + a.toString().length() + " digits)" : a));
        }
        BigInteger catalan = BigInteger.ONE;
        for (int i = 0; i < 50; i++) catalan = catalan.multiply(BigInteger.valueOf(2L * (2 * i + 1))).divide(BigInteger.valueOf(i + 2));
        System.out.println("Catalan(50) = " + catalan);
        System.out.println("2^127-1 prime: " + BigInteger.TWO.pow(127).subtract(BigInteger.ONE).isProbablePrime(50));
    }
}
