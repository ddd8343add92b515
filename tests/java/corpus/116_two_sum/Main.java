import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        int t = Integer.parseInt(br.readLine().trim());
        while (t-- > 0) {
            StringTokenizer st = new StringTokenizer(br.readLine());
            int n = Integer.parseInt(st.nextToken());
            long target = Long.parseLong(st.nextToken());
            st = new StringTokenizer(br.readLine());
            Map<Long, Integer> seen = new HashMap<>();
            int[] ans = null;
            for (int i = 0; i < n; i++) {
                long v = Long.parseLong(st.nextToken());
                Integer j = seen.get(target - v);
                if (j != null) { ans = new int[]{j, i}; break; }
                seen.putIfAbsent(v, i);
            }
            System.out.println(ans == null ? "-1 -1" : ans[0] + " " + ans[1]);
        }
    }
}
