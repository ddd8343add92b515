import java.util.*;

class Helper {
    static int twice(int x) { return 2 * x; }
}

class Solution {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        long sum = 0;
        for (int i = 0; i < n; i++) sum += Helper.twice(sc.nextInt());
        System.out.println("Solution says " + sum);
    }
}
