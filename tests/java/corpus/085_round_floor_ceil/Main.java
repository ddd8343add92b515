public class Main {
    public static void main(String[] args) {
        double[] vs = {2.5, 3.5, -2.5, -3.5, 2.4999999999999996, 0.49999999999999994, -0.5, -0.49999999999999994, 1e20, -1e20, Double.NaN,
                Double.POSITIVE_INFINITY, -0.0, 4.5000001, 1.0E15 + 0.5, 9007199254740991.0, -1.1, 1.1};
        for (double v : vs) {
            System.out.println(v + ": round=" + Math.round(v) + " floor=" + Math.floor(v) + " ceil=" + Math.ceil(v) + " rint=" + Math.rint(v) + " (int)=" + (int) v + " roundf=" + Math.round((float) v));
        }
        System.out.println(Math.ceil(-0.5) + " " + Math.floor(-0.0) + " " + Math.round(-0.5f) + " " + Math.round(0.5f) + " " + Math.round(Float.NaN) + " " + Math.round(3e10f));
        System.out.println(Math.round(2.345 * 100) / 100.0 + " " + Math.round(2.355 * 100) / 100.0 + " " + Math.round(1.005 * 100) / 100.0);
        System.out.println((double) Math.round(12.5) / 10 + " " + Math.floorDiv(-7, 3) + " " + Math.floorMod(-7, 3) + " " + (int) Math.ceil(7 / 2) + " " + (int) Math.ceil(7 / 2.0));
        long ticket = Math.round(1234.5678 * 100);
        System.out.println(ticket / 100 + "." + ticket % 100 + " " + Math.floor(-7.0 / 2) + " " + (-7 / 2));
    }
}
