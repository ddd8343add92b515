import java.util.*;

public class Main {
    public static void main(String[] args) {
        int n = 100;
        BitSet composite = new BitSet(n + 1);
        composite.set(0); composite.set(1);
        for (int i = 2; i * i <= n; i++)
            if (!composite.get(i)) for (int j = i * i; j <= n; j += i) composite.set(j);
        BitSet primes = new BitSet();
        primes.set(0, n + 1);
        primes.andNot(composite);
        System.out.println(primes.cardinality() + " " + primes);
        StringBuilder sb = new StringBuilder();
        for (int i = primes.nextSetBit(50); i >= 0 && i < 80; i = primes.nextSetBit(i + 1)) sb.append(i).append(',');
        System.out.println(sb);
        BitSet a = new BitSet(); a.set(1, 10);
        BitSet b = new BitSet(); b.set(5, 15);
        BitSet and = (BitSet) a.clone(); and.and(b);
        BitSet or = (BitSet) a.clone(); or.or(b);
        BitSet xor = (BitSet) a.clone(); xor.xor(b);
        System.out.println(and + " " + or + " " + xor + " " + a.intersects(b));
        a.flip(0, 4);
        a.clear(8);
        System.out.println(a + " len=" + a.length() + " size=" + a.size() + " nextClear=" + a.nextClearBit(1) + " prevSet=" + a.previousSetBit(7));
        System.out.println(Arrays.toString(a.toLongArray()) + " " + BitSet.valueOf(new long[]{5L, 1L}) + " " + new BitSet().isEmpty());
        System.out.println(a.stream().sum() + " " + a.equals(a.clone()) + " " + a.get(2, 6));
    }
}
