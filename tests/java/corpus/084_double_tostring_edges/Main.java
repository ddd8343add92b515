public class Main {
    public static void main(String[] args) {
        double[] ds = {1e7, 9999999.0, 1.0E7 + 0.5, 1e-3, 0.001, 9.99e-4, 1e-4, 0.1 + 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100.0, 1e6, 123456789.0,
                1e21, 1e22, 1e23, 2e23, 8.41e21, 2.82879384806159E17, 1.18575755E-316, 5e-324, Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL,
                Double.NaN, -0.0, 0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -1.5, 1.0, 10.0, 0.5, 4.35, 4.35 * 100, 1.1 * 1.1,
                3.0 * 1.1, 0.1 * 3, 1e16, 1.2345678901234567e16, 12345678.9, 2.5e-5, 1.0E-323, Math.PI * 1e10, Math.E / 1e5, (double) Long.MAX_VALUE,
                (double) (1L << 53) + 1, 9007199254740993.0, 4.9e-324 * 3, 1.7976931348623157e308 / 3, 2.2250738585072011e-308};
        for (double d : ds) System.out.println(d);
        float[] fs = {0.1f, 0.1f + 0.2f, 1.1f * 1.1f, 1e7f, 1e-3f, 16777216f, 16777217f, 3.4e38f, Float.MIN_VALUE, Float.MIN_NORMAL, 1.0f / 3, 100f, 1.0e10f, 1.23456789f,
                Float.NaN, -0.0f, Float.POSITIVE_INFINITY, 0.3f, 2.2e-7f, 9999999f, 1.0E-5f, 3.3554432E7f};
        for (float f : fs) System.out.println(f + " " + (double) f);
        System.out.println(String.valueOf(1e-3) + " " + Double.toString(1e7) + " " + Float.toString(1e7f) + " " + Double.toHexString(1.0) + " " + Double.toHexString(-0.1));
        System.out.println((0.1 + 0.2 == 0.3) + " " + (0.1f + 0.2f == 0.3f) + " " + (Double.NaN == Double.NaN) + " " + Double.valueOf(Double.NaN).equals(Double.NaN) + " " + (0.0 == -0.0) + " " + (1 / 0.0) + " " + (1 / -0.0));
        double acc = 0;
        for (int i = 0; i < 10; i++) acc += 0.1;
        System.out.println(acc + " " + (float) acc + " " + (acc == 1.0));
        System.out.println(1e-7 + " " + 1e-6 + " " + 0.00001 + " " + 1234567.0 + " " + 12345678.0 + " " + 0.1f * 3 + " " + 100.0 / 7 + " " + 1e300 * 1e10 + " " + -1e300 * 1e10 + " " + 0.0 / 0.0);
    }
}
