import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken()), q = Integer.parseInt(st.nextToken());
        long[] pre = new long[n + 1];
        st = new StringTokenizer(br.readLine());
        for (int i = 0; i < n; i++) pre[i + 1] = pre[i] + Integer.parseInt(st.nextToken());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q; i++) {
            st = new StringTokenizer(br.readLine());
            int l = Integer.parseInt(st.nextToken()), r = Integer.parseInt(st.nextToken());
            sb.append(pre[r] - pre[l - 1]).append('\n');
        }
        System.out.print(sb);
        int[][] m = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
        int[][] p2 = new int[4][4];
        for (int i = 1; i <= 3; i++) for (int j = 1; j <= 3; j++) p2[i][j] = m[i - 1][j - 1] + p2[i - 1][j] + p2[i][j - 1] - p2[i - 1][j - 1];
        System.out.println("2D sum of bottom-right 2x2: " + (p2[3][3] - p2[1][3] - p2[3][1] + p2[1][1]));
        Map<Long, Integer> seen = new HashMap<>();
        seen.put(0L, 1);
        long cnt = 0;
        for (int i = 1; i <= n; i++) {
            cnt += seen.getOrDefault(pre[i] - 5, 0);
            seen.merge(pre[i], 1, Integer::sum);
        }
        System.out.println("subarrays summing to 5: " + cnt);
    }
}
