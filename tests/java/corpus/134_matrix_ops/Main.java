import java.util.*;

public class Main {
    static long[][] mul(long[][] a, long[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        long[][] c = new long[n][m];
        for (int i = 0; i < n; i++) for (int t = 0; t < k; t++) for (int j = 0; j < m; j++) c[i][j] += a[i][t] * b[t][j];
        return c;
    }

    static long[][] transpose(long[][] a) {
        long[][] t = new long[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) for (int j = 0; j < a[0].length; j++) t[j][i] = a[i][j];
        return t;
    }

    static double det(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) a[i] = m[i].clone();
        double d = 1;
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
            if (Math.abs(a[p][c]) < 1e-12) return 0;
            if (p != c) { double[] t = a[p]; a[p] = a[c]; a[c] = t; d = -d; }
            d *= a[c][c];
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k < n; k++) a[r][k] -= f * a[c][k];
            }
        }
        return d;
    }

    static void print(long[][] m) {
        for (long[] row : m) {
            StringBuilder sb = new StringBuilder();
            for (long v : row) sb.append(String.format("%6d", v));
            System.out.println(sb);
        }
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt(), m = sc.nextInt();
        long[][] a = new long[n][m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) a[i][j] = sc.nextLong();
        System.out.println("A^T:");
        print(transpose(a));
        System.out.println("A * A^T:");
        print(mul(a, transpose(a)));
        int[][] sq = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
        int[][] rot = new int[3][3];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) rot[j][2 - i] = sq[i][j];
        System.out.println("rotated: " + Arrays.deepToString(rot));
        List<Integer> spiral = new ArrayList<>();
        int top = 0, bot = n - 1, left = 0, right = m - 1;
        while (top <= bot && left <= right) {
            for (int j = left; j <= right; j++) spiral.add((int) a[top][j]);
            top++;
            for (int i = top; i <= bot; i++) spiral.add((int) a[i][right]);
            right--;
            if (top <= bot) { for (int j = right; j >= left; j--) spiral.add((int) a[bot][j]); bot--; }
            if (left <= right) { for (int i = bot; i >= top; i--) spiral.add((int) a[i][left]); left++; }
        }
        System.out.println("spiral: " + spiral);
        System.out.printf("det = %.6f%n", det(new double[][]{{2, -3, 1}, {2, 0, -1}, {1, 4, 5}}));
        System.out.printf("det(singular) = %.6f%n", det(new double[][]{{1, 2}, {2, 4}}));
    }
}
