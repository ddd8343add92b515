public class Main {
    public static void main(String[] args) {
        System.out.println(Math.sqrt(2) + " " + Math.sqrt(144) + " " + Math.sqrt(-1) + " " + Math.cbrt(27) + " " + Math.cbrt(-8));
        System.out.println(Math.pow(2, 10) + " " + Math.pow(2, -1) + " " + Math.pow(2, 0.5) + " " + Math.pow(10, 15) + " " + Math.pow(10, 16) + " " + Math.pow(0, 0) + " " + Math.pow(-8, 1.0 / 3));
        System.out.println(Math.abs(-5) + " " + Math.abs(-5.5) + " " + Math.abs(-0.0) + " " + Math.max(1, 2L) + " " + Math.min(-0.0, 0.0) + " " + Math.max(Double.NaN, 1));
        System.out.println(Math.hypot(3, 4) + " " + Math.exp(1) + " " + Math.log(Math.E) + " " + Math.log10(1000) + " " + Math.log(0) + " " + Math.log1p(1e-10));
        System.out.println(Math.sin(Math.PI / 6) + " " + Math.cos(Math.PI / 3) + " " + Math.tan(Math.PI / 4) + " " + Math.atan2(1, 1) + " " + Math.toDegrees(Math.PI) + " " + Math.toRadians(180));
        System.out.println(Math.signum(-3.2) + " " + Math.signum(0.0) + " " + Integer.signum(-9) + " " + Math.ulp(1.0) + " " + Math.nextUp(1.0));
        System.out.println(StrictMath.sin(1) + " " + StrictMath.exp(2) + " " + StrictMath.log(10) + " " + StrictMath.pow(1.0001, 10000));
        System.out.println(Math.sin(1) + " " + Math.exp(2) + " " + Math.log(10) + " " + Math.pow(1.0001, 10000));
        double x = 0;
        for (int i = 1; i <= 1000; i++) x += Math.sqrt(i) / i;
        System.out.println(x);
        System.out.println(Math.PI + " " + Math.E + " " + (float) Math.PI);
        System.out.println((int) Math.sqrt(1_000_000_007L) + " " + (long) Math.sqrt(999_999_999_999L) + " " + Math.floorDiv(-7, 2) + " " + Math.fma(2.0, 3.0, 1.0));
        long n = 1L << 52;
        System.out.println((long) Math.sqrt(n) + " " + Math.sqrt(n + 1.0));
        System.out.printf("%.10f %.10f %.10f%n", Math.asin(0.5), Math.acos(-1), Math.atan(1e10));
        System.out.println(Math.sinh(1) + " " + Math.cosh(1) + " " + Math.tanh(0.5) + " " + Math.expm1(1e-5));
    }
}
