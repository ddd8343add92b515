public class Main {
    public static void main(String[] args) {
        int[][] cases = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {-1, 3}, {5, 7}, {-5, 7}};
        for (int[] c : cases) {
            int a = c[0], b = c[1];
            System.out.printf("%d / %d = %d, %% = %d, floorDiv = %d, floorMod = %d%n",
                    a, b, a / b, a % b, Math.floorDiv(a, b), Math.floorMod(a, b));
        }
        System.out.println(-7L / 2 + " " + -7L % 2);
        System.out.println(-7.5 % 2 + " " + 7.5 % -2 + " " + -0.0 % 5 + " " + 5.0 % 0);
        System.out.println(-7 >> 1);
        System.out.println(-7 >>> 28);
        System.out.println((-7 % 3 + 3) % 3);
        long big = -1_000_000_007L;
        System.out.println(big % 1_000_000_007 + " " + Math.floorMod(big - 5, 1_000_000_007L));
        System.out.println(Integer.divideUnsigned(-1, 2) + " " + Integer.remainderUnsigned(-1, 7));
        System.out.println(1 / 3 * 3 + " " + 1.0 / 3 * 3 + " " + 2 / 3.0);
    }
}
