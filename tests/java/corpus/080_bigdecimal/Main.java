import java.math.*;

public class Main {
    public static void main(String[] args) {
        BigDecimal a = new BigDecimal("10.25");
        BigDecimal b = new BigDecimal("3");
        System.out.println(a.add(b) + " " + a.subtract(b) + " " + a.multiply(b) + " " + a.negate() + " " + a.scale() + " " + a.precision() + " " + a.unscaledValue());
        System.out.println(a.divide(b, 5, RoundingMode.HALF_UP) + " " + a.divide(b, MathContext.DECIMAL64) + " " + a.divide(new BigDecimal("4")));
        try {
            a.divide(b);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        for (String s : new String[]{"2.5", "3.5", "-2.5", "2.45", "2.55", "-0.5"}) {
            BigDecimal v = new BigDecimal(s);
            System.out.println(s + ": " + v.setScale(0, RoundingMode.HALF_UP) + " " + v.setScale(0, RoundingMode.HALF_EVEN) + " " + v.setScale(0, RoundingMode.HALF_DOWN)
                    + " " + v.setScale(0, RoundingMode.FLOOR) + " " + v.setScale(0, RoundingMode.CEILING) + " " + v.setScale(0, RoundingMode.DOWN) + " " + v.setScale(1, RoundingMode.HALF_UP));
        }
        System.out.println(new BigDecimal(0.1) + "\n" + BigDecimal.valueOf(0.1) + " " + BigDecimal.valueOf(100) + " " + BigDecimal.valueOf(1.0) + " " + BigDecimal.valueOf(12345, 3));
        BigDecimal x = new BigDecimal("1000.00");
        System.out.println(x.stripTrailingZeros() + " " + x.stripTrailingZeros().toPlainString() + " " + new BigDecimal("1E+5") + " " + new BigDecimal("1E+5").toPlainString() + " " + new BigDecimal("0.000000123") + " " + new BigDecimal("-1.2E-10").toEngineeringString());
        System.out.println(new BigDecimal("2.0").equals(new BigDecimal("2.00")) + " " + new BigDecimal("2.0").compareTo(new BigDecimal("2.00")) + " " + new BigDecimal("2.0").hashCode() + " " + new BigDecimal("2.00").hashCode());
        BigDecimal sum = BigDecimal.ZERO;
        double dsum = 0;
        for (int i = 0; i < 10; i++) { sum = sum.add(new BigDecimal("0.1")); dsum += 0.1; }
        System.out.println(sum + " " + dsum);
        BigDecimal balance = new BigDecimal("1000.00");
        BigDecimal rate = new BigDecimal("0.035");
        for (int y = 1; y <= 5; y++) {
            balance = balance.add(balance.multiply(rate)).setScale(2, RoundingMode.HALF_EVEN);
            System.out.println("year " + y + ": " + balance);
        }
        System.out.println(new BigDecimal("123.456").round(new MathContext(4)) + " " + new BigDecimal("123.456").movePointLeft(4) + " " + new BigDecimal("9.99").sqrt(MathContext.DECIMAL32) + " " + BigDecimal.ONE.divide(new BigDecimal("7"), 30, RoundingMode.DOWN));
        System.out.println(new BigDecimal("1e400").doubleValue() + " " + new BigDecimal("12.75").intValue() + " " + new BigDecimal("-12.75").toBigInteger() + " " + new BigDecimal("5").max(new BigDecimal("5.0")));
        System.out.println(String.format("%.2f %10.3f %s", new BigDecimal("2.345"), new BigDecimal("-1.0005"), new BigDecimal("0E-8")));
    }
}
