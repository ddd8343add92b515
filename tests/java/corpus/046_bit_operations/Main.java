public class Main {
    public static void main(String[] args) {
        int[] xs = {0, 1, 6, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0x12345678, 1 << 20};
        for (int x : xs) {
            System.out.println(x + ": bitCount=" + Integer.bitCount(x) + " hob=" + Integer.highestOneBit(x) + " lob=" + Integer.lowestOneBit(x)
                    + " nlz=" + Integer.numberOfLeadingZeros(x) + " ntz=" + Integer.numberOfTrailingZeros(x)
                    + " rev=" + Integer.reverse(x) + " revBytes=" + Integer.reverseBytes(x)
                    + " rotl3=" + Integer.rotateLeft(x, 3) + " rotr3=" + Integer.rotateRight(x, 3) + " signum=" + Integer.signum(x));
        }
        long[] ls = {0L, -1L, 1L << 40, 0x0123456789ABCDEFL, Long.MIN_VALUE};
        for (long l : ls) {
            System.out.println(l + ": bitCount=" + Long.bitCount(l) + " hob=" + Long.highestOneBit(l) + " nlz=" + Long.numberOfLeadingZeros(l)
                    + " ntz=" + Long.numberOfTrailingZeros(l) + " rev=" + Long.reverse(l) + " rotl=" + Long.rotateLeft(l, 17));
        }
        System.out.println(31 - Integer.numberOfLeadingZeros(1000) + " " + (64 - Long.numberOfLeadingZeros(1L << 50)));
        int subsetsOfSize2 = 0;
        for (int m = 0; m < (1 << 10); m++) if (Integer.bitCount(m) == 2) subsetsOfSize2++;
        System.out.println(subsetsOfSize2);
        int mask = 0b101101;
        StringBuilder sb = new StringBuilder();
        for (int sub = mask; sub > 0; sub = (sub - 1) & mask) sb.append(Integer.toBinaryString(sub)).append(' ');
        System.out.println(sb.toString().trim());
        System.out.println(Integer.parseInt("11111111111111111111111111111111".substring(1), 2) + " " + Integer.compareUnsigned(-1, 1) + " " + Long.compareUnsigned(1, -1));
    }
}
