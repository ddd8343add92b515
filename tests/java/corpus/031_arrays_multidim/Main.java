import java.util.*;

public class Main {
    public static void main(String[] args) {
        int[][] grid = new int[3][4];
        for (int[] row : grid) Arrays.fill(row, 7);
        grid[1][2] = 0;
        System.out.println(Arrays.deepToString(grid));
        int[][] jag = new int[4][];
        for (int i = 0; i < jag.length; i++) {
            jag[i] = new int[i + 1];
            jag[i][0] = jag[i][i] = 1;
            for (int j = 1; j < i; j++) jag[i][j] = jag[i - 1][j - 1] + jag[i - 1][j];
        }
        System.out.println(Arrays.deepToString(jag));
        int[][] shallow = grid.clone();
        shallow[0][0] = 99;
        shallow[2] = new int[]{-1};
        System.out.println(grid[0][0] + " " + grid[2].length + " " + (shallow[1] == grid[1]));
        int[] orig = {5, 3, 1};
        int[] copy = orig.clone();
        copy[0] = 0;
        System.out.println(Arrays.toString(orig) + Arrays.toString(copy));
        long[][][] cube = new long[2][2][2];
        cube[1][1][1] = Long.MIN_VALUE;
        System.out.println(Arrays.deepToString(cube));
        boolean[] flags = new boolean[3];
        double[] ds = new double[2];
        String[] ss = new String[2];
        char[] cs = new char[2];
        System.out.println(Arrays.toString(flags) + Arrays.toString(ds) + Arrays.toString(ss) + (int) cs[0]);
        char[][] board = {"#.#".toCharArray(), "...".toCharArray()};
        for (char[] r : board) System.out.println(new String(r));
        int[] filled = new int[10];
        Arrays.fill(filled, 2, 5, -1);
        System.out.println(Arrays.toString(filled));
        Integer[][] boxed = new Integer[2][2];
        System.out.println(Arrays.deepToString(boxed));
        System.out.println(Arrays.equals(orig, new int[]{5, 3, 1}) + " " + orig.equals(new int[]{5, 3, 1}) + " " + Arrays.deepEquals(jag, jag.clone()));
        Object[] objs = {1, new int[]{2, 3}, new String[]{"x"}, null};
        System.out.println(Arrays.deepToString(objs));
        int[][] dp = new int[5][];
        System.out.println(dp[0] == null);
        System.out.println(grid.length + " " + grid[0].length + " " + new int[0].length);
    }
}
