import java.io.*;
import java.util.*;

public class Main {
    static char[][] g;
    static int r, c;

    static int flood(int i, int j) {
        if (i < 0 || j < 0 || i >= r || j >= c || g[i][j] != '1') return 0;
        g[i][j] = '0';
        return 1 + flood(i + 1, j) + flood(i - 1, j) + flood(i, j + 1) + flood(i, j - 1);
    }

    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        List<String> lines = new ArrayList<>();
        String s;
        while ((s = br.readLine()) != null && !s.isEmpty()) lines.add(s);
        r = lines.size();
        c = lines.get(0).length();
        g = new char[r][];
        for (int i = 0; i < r; i++) g[i] = lines.get(i).toCharArray();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < r; i++) for (int j = 0; j < c; j++) if (g[i][j] == '1') sizes.add(flood(i, j));
        Collections.sort(sizes, Collections.reverseOrder());
        System.out.println("islands: " + sizes.size());
        System.out.println("sizes: " + sizes);
    }
}
