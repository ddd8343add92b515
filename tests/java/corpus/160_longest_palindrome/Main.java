import java.util.*;

public class Main {
    static String expand(String s) {
        int bestL = 0, bestR = 0;
        for (int c = 0; c < s.length(); c++) {
            for (int odd = 0; odd < 2; odd++) {
                int l = c, r = c + odd;
                while (l >= 0 && r < s.length() && s.charAt(l) == s.charAt(r)) { l--; r++; }
                if (r - l - 1 > bestR - bestL) { bestL = l + 1; bestR = r; }
            }
        }
        return s.substring(bestL, bestR);
    }

    static boolean isPalindromeIgnoring(String s) {
        String t = s.toLowerCase().replaceAll("[^a-z0-9]", "");
        return new StringBuilder(t).reverse().toString().equals(t);
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        while (sc.hasNextLine()) {
            String s = sc.nextLine();
            System.out.println("[" + s + "] longest palindromic substring [" + expand(s) + "], whole line is a palindrome (letters/digits only): " + isPalindromeIgnoring(s));
        }
    }
}
