import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = sc.nextInt();
        int target = sc.nextInt();
        List<String> hits = new ArrayList<>();
        for (int mask = 0; mask < 1 << n; mask++) {
            int s = 0;
            for (int i = 0; i < n; i++) if ((mask >> i & 1) == 1) s += a[i];
            if (s == target) {
                StringJoiner sj = new StringJoiner("+", "{", "}");
                for (int i = 0; i < n; i++) if ((mask & (1 << i)) != 0) sj.add(String.valueOf(a[i]));
                hits.add(sj.toString());
            }
        }
        System.out.println(hits.size() + " subsets sum to " + target + ": " + hits);
        StringBuilder gray = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            int g = i ^ (i >> 1);
            gray.append(String.format("%4s", Integer.toBinaryString(g)).replace(' ', '0')).append(i < 15 ? " " : "");
        }
        System.out.println(gray);
        List<List<Integer>> perms = new ArrayList<>();
        permute(new int[]{1, 2, 3}, 0, perms);
        System.out.println(perms);
    }

    static void permute(int[] arr, int k, List<List<Integer>> out) {
        if (k == arr.length) {
            List<Integer> l = new ArrayList<>();
            for (int x : arr) l.add(x);
            out.add(l);
            return;
        }
        for (int i = k; i < arr.length; i++) {
            int t = arr[k]; arr[k] = arr[i]; arr[i] = t;
            permute(arr, k + 1, out);
            t = arr[k]; arr[k] = arr[i]; arr[i] = t;
        }
    }
}
