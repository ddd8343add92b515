public class Main {
    public static void main(String[] args) {
        float f = 0;
        for (int i = 0; i < 10; i++) f += 0.1f;
        System.out.println(f + " " + (f == 1.0f));
        float big = 16777216f;
        System.out.println((big + 1) + " " + (big + 2) + " " + (big + 1 == big));
        float a = 1.0f / 3;
        double d = 1.0 / 3;
        System.out.println(a + " " + d + " " + (a == d) + " " + ((double) a) + " " + (float) d);
        System.out.println(3.0f * 1.1f + " " + 0.1f * 0.1f + " " + 100f / 3f + " " + (float) Math.sqrt(2) + " " + 1e-10f + " " + 123456789f);
        System.out.println(Float.MAX_VALUE * 2 + " " + -Float.MAX_VALUE * 2 + " " + Float.MIN_VALUE / 2 + " " + (0f / 0f));
        float sum = 0;
        double dsum = 0;
        for (int i = 1; i <= 100000; i++) { sum += 1.0f / i; dsum += 1.0 / i; }
        System.out.println(sum + " " + dsum + " " + (float) dsum);
        System.out.println(String.format("%.3f %.10f %e", 1.1f, 0.1f, 1.1f));
        System.out.println(Float.compare(0.0f, -0.0f) + " " + Float.isNaN(0f / 0) + " " + Math.round(2.5f) + " " + Math.round(-2.5f) + " " + (int) 1e10f + " " + Float.floatToIntBits(-0.0f));
        float x = 0.1f;
        x *= 3;
        double y = 0.1f * 3;
        System.out.println(x + " " + y);
        System.out.println((float) 0.1 + (float) 0.2 + " " + (0.1f + 0.2f) + " " + ((float) (0.1 + 0.2)));
        System.out.println(Float.toString(1.0E-4f) + " " + 9.999999E-4f + " " + 0.001f + " " + 1234567.0f + " " + 12345678.0f + " " + 1.17549435E-38f);
    }
}
