import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        int n = Integer.parseInt(br.readLine().trim());
        StringTokenizer st = new StringTokenizer(br.readLine());
        long[] pre = new long[n + 1];
        for (int i = 0; i < n; i++) pre[i + 1] = pre[i] + Long.parseLong(st.nextToken());
        for (int i = 1; i <= n; i++) out.print(pre[i] + (i == n ? "\n" : " "));
        out.printf("%.3f%n", (double) pre[n] / n);
        out.println(3.0f);
        out.println('c');
        out.println(new char[]{'o', 'k'});
        out.println((Object) null);
        out.print(1L);
        out.print(true);
        out.write("written");
        out.write('\n');
        out.format("%5s|%-5s|%n", "r", "l");
        out.append("appended").append('\n');
        System.out.println(out.checkError());
        out.close();
    }
}
