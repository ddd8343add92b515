public class Main {
    public static void main(String[] args) {
        long big = 123_456_789_012L;
        System.out.println((int) big + " " + (short) big + " " + (byte) big + " " + (char) big + "|");
        double[] ds = {3.99, -3.99, 0.5, -0.5, 1e10, -1e10, 1e19, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0};
        for (double d : ds) System.out.println(d + " -> int " + (int) d + ", long " + (long) d + ", short " + (short) d + ", byte " + (byte) d + ", char " + (int) (char) d);
        System.out.println((int) 3.7f + " " + (long) -2.5f + " " + (float) 0.1 + " " + (double) 0.1f);
        System.out.println((float) 16777217 + " " + (int) (float) 16777217 + " " + (double) Long.MAX_VALUE + " " + (long) (double) Long.MAX_VALUE);
        System.out.println((byte) 200 + " " + (byte) -129 + " " + (short) 40000 + " " + (char) -1 + 0);
        int i = 'A' + 1;
        char c = (char) i;
        System.out.println(i + " " + c);
        System.out.println(1 / 2 + " " + 1 / 2.0 + " " + (double) (1 / 2) + " " + (double) 1 / 2);
        float f = 1.1f;
        double d = f;
        System.out.println(f + " " + d + " " + (f == 1.1) + " " + (f == 1.1f));
        long l = Integer.MAX_VALUE;
        l++;
        System.out.println(l + " " + (int) l);
        System.out.println((int) 'z' + (int) '\n' + " " + (char) 97 + (char) 98);
    }
}
