public class Main {
    public static void main(String[] args) {
        System.out.printf("[%d] [%5d] [%-5d] [%05d] [%+d] [%,d] [%(d] [% d]%n", 42, 42, 42, 42, 42, 1234567, -42, 42);
        System.out.printf("[%d] [%5d] [%-5d] [%05d] [%+d] [%,d] [%,d]%n", -42, -42, -42, -42, -42, -1234567, 999);
        System.out.printf("[%s] [%10s] [%-10s] [%.2s] [%S] [%s] [%s]%n", "hello", "hello", "hello", "hello", "hello", null, true);
        System.out.printf("[%f] [%.3f] [%10.3f] [%-10.3f] [%08.3f] [%.0f] [%.0f] [%.0f] [%+.2f]%n", Math.PI, Math.PI, Math.PI, Math.PI, Math.PI, 2.5, 3.5, -0.5, 1.005);
        System.out.printf("[%e] [%.2e] [%E] [%10.4e] [%e] [%e]%n", 12345.678, 0.000123, 1e100, -1.5, 0.0, 1e-300);
        System.out.printf("[%g] [%g] [%g] [%.3g] [%g]%n", 12345.678, 0.0001234, 1e10, 2.0, 123456789.0);
        System.out.printf("[%x] [%X] [%08x] [%#x] [%x] [%x] [%o] [%#o] [%o]%n", 255, 255, 255, 255, -1, -1L, 8, 8, -8);
        System.out.printf("[%c] [%c] [%C] [%-3c] [%c]%n", 'a', 65, 'z', 'q', 0x1F600);
        System.out.printf("[%b] [%b] [%b] [%B] [%b]%n", true, null, "x", false, 0);
        System.out.printf("[%%] [%n]");
        System.out.printf("[%h] [%h] [%s] [%10.4s]%n", "hi", 17, 3.0, "truncate");
        System.out.printf("[%2$s %1$s] [%1$s %1$s] [%s %<s]%n", "a", "b");
        System.out.printf("[%,.2f] [%,15.2f] [%-,15.2f] [%,d]%n", 1234567.891, -9876543.21, 1234.5, Long.MIN_VALUE);
        System.out.printf("[%.1f] [%.1f] [%.1f] [%.1f] [%.2f] [%.2f] [%.3f]%n", 0.05, 0.15, 0.25, 0.35, 1.005, 2.675, 1.0005);
        System.out.printf("[%f] [%f] [%f] [%.2f] [%e]%n", Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, Double.NaN);
        System.out.printf("[%10.2e] [%-12.1e] [%012.2f] [%+010d] [%-+6d]%n", 123456.0, 0.5, -3.14159, 7, 7);
        System.out.printf("[%d] [%d] [%x] [%d]%n", (byte) -1, (short) 300, (byte) -1, new java.math.BigInteger("123456789012345678901234567890"));
        System.out.printf("[%.3f] [%.20f] [%.15e]%n", 1e-10, 0.1, 0.1);
        System.out.println(String.format("%3$s-%2$s-%1$s", "x", "y", "z") + " " + String.format("%-4s|%4s|", "ab", "cd") + " " + String.format("%05.1f", 9.96));
        System.out.println(String.format("|%6.2f|%-8s|%3d|", 3.14159, "name", 7) + String.format("%s", (Object) null) + String.format("%.3s", (Object) null));
        System.out.printf("%s %s %s%n", new int[0].length, 'c', 1.0f);
        System.out.printf("%.2f %.2f %.2f %.2f%n", 0.125, 0.375, 0.625, 0.875);
        System.out.printf("%.6f %f %f%n", 1e20, 123456789.123456789, 1.0 / 3);
        System.out.printf("%5.1f%%%n", 45.678);
        try {
            System.out.printf("%d%n", "not a number");
        } catch (java.util.IllegalFormatConversionException e) {
            System.out.println("IllegalFormatConversionException: " + e.getMessage());
        }
        try {
            System.out.printf("%s %s%n", "only one");
        } catch (java.util.MissingFormatArgumentException e) {
            System.out.println("MissingFormatArgumentException: " + e.getMessage());
        }
        try {
            System.out.printf("%q%n", 1);
        } catch (java.util.UnknownFormatConversionException e) {
            System.out.println("UnknownFormatConversionException: " + e.getMessage());
        }
    }
}
