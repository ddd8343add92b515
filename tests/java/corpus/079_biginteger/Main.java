import java.math.BigInteger;
import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        BigInteger a = new BigInteger(sc.next());
        BigInteger b = new BigInteger(sc.next());
        System.out.println(a.add(b));
        System.out.println(a.subtract(b));
        System.out.println(a.multiply(b));
        System.out.println(a.divide(b) + " " + a.remainder(b) + " " + a.mod(b.abs()));
        System.out.println(Arrays.toString(a.negate().divideAndRemainder(b)) + " " + a.negate().mod(b.abs()));
        System.out.println(a.gcd(b) + " " + a.compareTo(b) + " " + a.signum() + " " + a.bitLength() + " " + a.bitCount());
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= 50; i++) f = f.multiply(BigInteger.valueOf(i));
        System.out.println("50! = " + f);
        System.out.println(BigInteger.TWO.pow(200) + " " + BigInteger.TEN.pow(30).sqrt());
        BigInteger p = new BigInteger("1000000007");
        System.out.println(BigInteger.valueOf(3).modPow(BigInteger.valueOf(1_000_000), p) + " " + BigInteger.valueOf(3).modInverse(p) + " " + p.isProbablePrime(30) + " " + p.add(BigInteger.TWO).isProbablePrime(30));
        System.out.println(new BigInteger("ff", 16) + " " + new BigInteger("-255").toString(16) + " " + f.toString(36) + " " + BigInteger.valueOf(-5).toString(2));
        System.out.println(new BigInteger("123456789012345678901234567890").longValue() + " " + new BigInteger("4294967301").intValue() + " " + f.doubleValue());
        System.out.println(BigInteger.valueOf(-8).shiftRight(1) + " " + BigInteger.valueOf(5).shiftLeft(70) + " " + BigInteger.valueOf(12).and(BigInteger.valueOf(10)) + " " + BigInteger.valueOf(-1).testBit(1000));
        System.out.println(BigInteger.valueOf(97).nextProbablePrime() + " " + BigInteger.ZERO.equals(new BigInteger("-0")) + " " + new BigInteger("00012"));
        try {
            a.divide(BigInteger.ZERO);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        try {
            new BigInteger("12x");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        try {
            BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE).longValueExact();
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
    }
}
