public class Main {
    public static void main(String[] args) {
        int[][] grid = {
            {1, 2, 3, 4},
            {5, -6, 7, 8},
            {9, 10, 11, -12},
            {13, 14, 15, 16}
        };
        outer:
        for (int i = 0; i < grid.length; i++) {
            for (int j = 0; j < grid[i].length; j++) {
                if (grid[i][j] < 0) {
                    System.out.println("first negative at " + i + "," + j);
                    break outer;
                }
            }
        }
        int sum = 0;
        rows:
        for (int[] row : grid) {
            for (int v : row) {
                if (v < 0) continue rows;
                sum += v;
            }
        }
        System.out.println("sum of rows before negatives: " + sum);
        int count = 0;
        search:
        for (int a = 1; a < 30; a++) {
            for (int b = a; b < 30; b++) {
                for (int c = b; c < 30; c++) {
                    if (a * a + b * b == c * c) {
                        System.out.println(a + " " + b + " " + c);
                        if (++count == 5) break search;
                        continue search;
                    }
                }
            }
        }
        block:
        {
            if (count == 5) break block;
            System.out.println("not printed");
        }
        System.out.println("done");
    }
}
