public class Main {
    public static void main(String[] args) {
        int x = -16;
        System.out.println((x >> 2) + " " + (x >>> 2) + " " + (x << 2));
        System.out.println((1 << 31) + " " + (1 << 32) + " " + (1 << 33) + " " + (1 << -1));
        System.out.println((1L << 63) + " " + (1L << 64) + " " + (1 << 35L));
        System.out.println((-1 >>> 31) + " " + (-1 >>> 32) + " " + (-1L >>> 1));
        byte b = (byte) 0xF0;
        System.out.println((b >> 2) + " " + (b >>> 2) + " " + ((b & 0xFF) >>> 2));
        b >>>= 2;
        System.out.println(b);
        short s = -1;
        s >>>= 10;
        System.out.println(s);
        char c = 0xFFFF;
        System.out.println((c >> 4) + " " + (c >>> 4));
        long mask = 0;
        for (int i = 0; i < 64; i += 7) mask |= 1L << i;
        System.out.println(Long.toBinaryString(mask) + " " + Long.toHexString(mask));
        int v = 0b1011_0110;
        System.out.println((v & -v) + " " + (v & (v - 1)) + " " + (~v) + " " + (v ^ 0xFF));
        int h = "shift".hashCode();
        System.out.println(h ^ (h >>> 16));
        int k = 40;
        System.out.println((1 << k) + " " + (1L << k));
    }
}
