import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken());
        int m = Integer.parseInt(st.nextToken());
        long[] rowSums = new long[n];
        for (int i = 0; i < n; i++) {
            st = new StringTokenizer(br.readLine());
            for (int j = 0; j < m; j++) rowSums[i] += Long.parseLong(st.nextToken());
        }
        System.out.println(Arrays.toString(rowSums));
        StringTokenizer csv = new StringTokenizer(br.readLine(), ",;");
        System.out.println("tokens: " + csv.countTokens());
        while (csv.hasMoreTokens()) System.out.print("<" + csv.nextToken() + ">");
        System.out.println();
        StringTokenizer withDelims = new StringTokenizer("a+b-c", "+-", true);
        while (withDelims.hasMoreElements()) System.out.print("[" + withDelims.nextElement() + "]");
        System.out.println();
        StringTokenizer empty = new StringTokenizer("   ");
        System.out.println(empty.hasMoreTokens() + " " + empty.countTokens());
        try {
            empty.nextToken();
        } catch (NoSuchElementException e) {
            System.out.println("NoSuchElementException " + e.getMessage());
        }
        StringTokenizer sw = new StringTokenizer("x=1;y=2", ";");
        while (sw.hasMoreTokens()) {
            String kv = sw.nextToken();
            StringTokenizer p = new StringTokenizer(kv, "=");
            System.out.println(p.nextToken() + " -> " + p.nextToken());
        }
    }
}
