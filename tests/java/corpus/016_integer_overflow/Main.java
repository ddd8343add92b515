public class Main {
    public static void main(String[] args) {
        int max = Integer.MAX_VALUE;
        System.out.println(max + 1);
        System.out.println(Integer.MIN_VALUE - 1);
        System.out.println(max * 2);
        System.out.println(Integer.MIN_VALUE / -1);
        System.out.println(Integer.MIN_VALUE % -1);
        System.out.println(Math.abs(Integer.MIN_VALUE));
        System.out.println(-Integer.MIN_VALUE);
        System.out.println(Long.MAX_VALUE + 1);
        System.out.println(Long.MIN_VALUE / -1);
        System.out.println(Math.abs(Long.MIN_VALUE));
        int a = 100000, b = 100000;
        System.out.println(a * b);
        System.out.println((long) a * b);
        System.out.println((long) (a * b));
        long fact = 1;
        for (int i = 1; i <= 25; i++) fact *= i;
        System.out.println(fact);
        int h = 0;
        for (char c : "overflowing hash computation".toCharArray()) h = 31 * h + c;
        System.out.println(h + " " + "overflowing hash computation".hashCode());
        try {
            Math.addExact(max, 1);
        } catch (ArithmeticException e) {
            System.out.println("addExact: " + e.getMessage());
        }
        try {
            Math.multiplyExact(1L << 40, 1L << 30);
        } catch (ArithmeticException e) {
            System.out.println("multiplyExact: " + e.getMessage());
        }
        try {
            Math.toIntExact(1L << 31);
        } catch (ArithmeticException e) {
            System.out.println("toIntExact: " + e.getMessage());
        }
        short s = Short.MAX_VALUE; s++;
        byte by = Byte.MAX_VALUE; by++;
        char ch = Character.MAX_VALUE; ch++;
        System.out.println(s + " " + by + " " + (int) ch);
        System.out.println(Integer.MAX_VALUE + Integer.MAX_VALUE);
        System.out.println(0x7fffffff + 0x7fffffff == -2);
    }
}
