import java.util.*;

public class Main {
    static final int[] VAL = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    static final String[] SYM = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    static String toRoman(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < VAL.length; i++) while (n >= VAL[i]) { n -= VAL[i]; sb.append(SYM[i]); }
        return sb.toString();
    }

    static int fromRoman(String s) {
        Map<Character, Integer> v = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100, 'D', 500, 'M', 1000);
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            Integer cur = v.get(s.charAt(i));
            if (cur == null) throw new IllegalArgumentException("bad roman digit '" + s.charAt(i) + "'");
            if (i + 1 < s.length() && cur < v.getOrDefault(s.charAt(i + 1), 0)) total -= cur; else total += cur;
        }
        return total;
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        while (sc.hasNext()) {
            if (sc.hasNextInt()) {
                int n = sc.nextInt();
                System.out.println(n + " -> " + toRoman(n));
            } else {
                String s = sc.next();
                try {
                    System.out.println(s + " -> " + fromRoman(s));
                } catch (IllegalArgumentException e) {
                    System.out.println(s + " -> " + e.getMessage());
                }
            }
        }
    }
}
