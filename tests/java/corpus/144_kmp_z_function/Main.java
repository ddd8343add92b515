import java.io.*;
import java.util.*;

public class Main {
    static int[] prefix(String s) {
        int[] p = new int[s.length()];
        for (int i = 1; i < s.length(); i++) {
            int k = p[i - 1];
            while (k > 0 && s.charAt(i) != s.charAt(k)) k = p[k - 1];
            if (s.charAt(i) == s.charAt(k)) k++;
            p[i] = k;
        }
        return p;
    }

    static int[] z(String s) {
        int n = s.length();
        int[] z = new int[n];
        for (int i = 1, l = 0, r = 0; i < n; i++) {
            if (i < r) z[i] = Math.min(r - i, z[i - l]);
            while (i + z[i] < n && s.charAt(z[i]) == s.charAt(i + z[i])) z[i]++;
            if (i + z[i] > r) { l = i; r = i + z[i]; }
        }
        return z;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        String text = br.readLine(), pat = br.readLine();
        int[] p = prefix(pat + "\u0000" + text);
        List<Integer> occ = new ArrayList<>();
        for (int i = pat.length() + 1; i < p.length; i++) if (p[i] == pat.length()) occ.add(i - 2 * pat.length());
        System.out.println("occurrences at " + occ);
        System.out.println("prefix function of pattern " + Arrays.toString(prefix(pat)));
        System.out.println("z of text " + Arrays.toString(z(text)));
        int period = pat.length() - prefix(pat)[pat.length() - 1];
        System.out.println("smallest period of pattern " + period);
        System.out.println("indexOf agrees: " + (text.indexOf(pat) == (occ.isEmpty() ? -1 : occ.get(0))));
    }
}
