import java.util.*;
import java.util.stream.*;

public class Main {
    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) sb.append(r.nextInt(100)).append(' ');
        System.out.println(sb.toString().trim());
        System.out.println(r.nextInt() + " " + r.nextLong() + " " + r.nextBoolean() + " " + r.nextDouble() + " " + r.nextFloat());
        System.out.println(r.nextGaussian() + " " + r.nextGaussian());
        System.out.println(r.nextInt(1 << 20) + " " + r.nextInt(1_000_000_007) + " " + r.nextInt(7));
        byte[] bytes = new byte[6];
        r.nextBytes(bytes);
        System.out.println(Arrays.toString(bytes));
        Random r2 = new Random(-1L);
        System.out.println(r2.ints(5, 0, 10).boxed().collect(Collectors.toList()));
        System.out.println(r2.doubles(2).mapToObj(d -> String.format("%.6f", d)).collect(Collectors.joining(" ")));
        System.out.println(new Random(0).nextInt(10) + " " + new Random(0).nextInt(10) + " " + new Random(123456789L).nextLong());
        Random r3 = new Random(2023);
        int[] hist = new int[6];
        for (int i = 0; i < 6000; i++) hist[r3.nextInt(6)]++;
        System.out.println(Arrays.toString(hist));
        Random r4 = new Random(5);
        r4.setSeed(42);
        System.out.println(r4.nextInt(100) + " " + r4.nextInt(5, 10) + " " + r4.nextLong(100L));
    }
}
