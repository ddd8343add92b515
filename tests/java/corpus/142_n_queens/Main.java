public class Main {
    static int n, count;
    static int[] firstSolution;
    static int[] cols;

    static void solve(int row, int colMask, int d1, int d2) {
        if (row == n) {
            if (count == 0) firstSolution = cols.clone();
            count++;
            return;
        }
        int avail = ~(colMask | d1 | d2) & ((1 << n) - 1);
        while (avail != 0) {
            int bit = avail & -avail;
            avail -= bit;
            cols[row] = Integer.numberOfTrailingZeros(bit);
            solve(row + 1, colMask | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
        }
    }

    public static void main(String[] args) {
        java.util.Scanner sc = new java.util.Scanner(System.in);
        int max = sc.nextInt();
        for (n = 1; n <= max; n++) {
            count = 0;
            cols = new int[n];
            firstSolution = null;
            solve(0, 0, 0, 0);
            System.out.println(n + " queens: " + count + " solutions");
            if (n == 8) {
                for (int r = 0; r < n; r++) {
                    StringBuilder sb = new StringBuilder();
                    for (int c = 0; c < n; c++) sb.append(firstSolution[r] == c ? 'Q' : '.');
                    System.out.println(sb);
                }
            }
        }
    }
}
