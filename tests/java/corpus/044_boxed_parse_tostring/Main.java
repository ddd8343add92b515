public class Main {
    public static void main(String[] args) {
        System.out.println(Integer.parseInt("-123") + " " + Integer.parseInt("+77") + " " + Integer.parseInt("ff", 16) + " " + Integer.parseInt("-1010", 2) + " " + Integer.parseInt("zz", 36));
        System.out.println(Integer.toString(255, 16) + " " + Integer.toString(-255, 2) + " " + Integer.toString(100, 36) + " " + Integer.toString(7, 99));
        System.out.println(Integer.toBinaryString(10) + " " + Integer.toBinaryString(-1) + " " + Integer.toHexString(-256) + " " + Integer.toOctalString(-1) + " " + Integer.toHexString(255).toUpperCase());
        System.out.println(Long.toBinaryString(-1L).length() + " " + Long.toHexString(Long.MIN_VALUE) + " " + Long.toString(-255L, 16) + " " + Long.parseLong("9223372036854775807"));
        System.out.println(Integer.parseUnsignedInt("4294967295") + " " + Integer.toUnsignedString(-1) + " " + Long.toUnsignedString(-1L) + " " + Integer.toUnsignedLong(-2) + " " + Long.parseUnsignedLong("18446744073709551615"));
        System.out.println(Integer.valueOf("42") + Integer.valueOf(8) + " " + Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Integer.decode("#ff") + " " + Long.decode("0X7fffffffffffffff"));
        System.out.println(Double.parseDouble("1e3") + " " + Double.parseDouble("  2.5  ") + " " + Double.parseDouble("-.5") + " " + Double.parseDouble("0x1p4") + " " + Double.parseDouble("Infinity") + " " + Double.parseDouble("NaN") + " " + Double.parseDouble("1d") + " " + Double.parseDouble("2f"));
        System.out.println(Float.parseFloat("3.14159265358979") + " " + Double.valueOf("6.02e23") + " " + Double.toString(1e-5) + " " + Float.toString(1e10f));
        System.out.println(Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes") + " " + Boolean.parseBoolean(null) + " " + Boolean.toString(false));
        System.out.println(Short.parseShort("-32768") + " " + Byte.parseByte("7f", 16) + " " + Byte.toUnsignedInt((byte) -1));
        System.out.println(Integer.MAX_VALUE + " " + Integer.MIN_VALUE + " " + Long.MAX_VALUE + " " + Short.MIN_VALUE + " " + Byte.MIN_VALUE + " " + (int) Character.MAX_VALUE);
        System.out.println(Double.MAX_VALUE + " " + Double.MIN_VALUE + " " + Double.MIN_NORMAL + " " + Float.MAX_VALUE + " " + Float.MIN_VALUE);
        System.out.println(Integer.compare(3, 5) + " " + Long.compare(5, 3) + " " + Double.compare(0.0, -0.0) + " " + Double.compare(Double.NaN, Double.POSITIVE_INFINITY) + " " + Character.compare('a', 'b') + " " + Boolean.compare(true, false));
        System.out.println(Integer.sum(3, 4) + " " + Integer.max(3, 4) + " " + Long.min(-1, 1) + " " + Double.sum(0.1, 0.2) + " " + Double.isNaN(0.0 / 0) + " " + Double.isInfinite(1 / 0.0) + " " + Double.isFinite(1e308 * 10));
        System.out.println(Integer.hashCode(77) + " " + Long.hashCode(-1L) + " " + Double.hashCode(-0.0) + " " + Double.doubleToLongBits(1.0) + " " + Float.floatToIntBits(1.0f) + " " + Double.longBitsToDouble(0x400921FB54442D18L));
        System.out.println(Integer.valueOf(65).byteValue() + " " + Double.valueOf(3.99).intValue() + " " + Long.valueOf(1L << 33).intValue() + " " + Integer.valueOf(-1).shortValue());
        System.out.println(String.valueOf(Integer.MIN_VALUE).length() + " " + Integer.toString(Integer.MIN_VALUE, 16) + " " + Integer.toHexString(Integer.MIN_VALUE));
    }
}
