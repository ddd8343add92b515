import java.util.*;

public class Main {
    public static void main(String[] args) {
        Integer a = 127, b = 127;
        Integer c = 128, d = 128;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d) + " " + (c.intValue() == d));
        Integer e = -128, f = -128, g = -129, h = -129;
        System.out.println((e == f) + " " + (g == h));
        Long l1 = 127L, l2 = 127L, l3 = 128L, l4 = 128L;
        System.out.println((l1 == l2) + " " + (l3 == l4) + " " + l3.equals(128) + " " + l3.equals(128L));
        Character c1 = 'a', c2 = 'a', c3 = '\u0100', c4 = '\u0100';
        System.out.println((c1 == c2) + " " + (c3 == c4));
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE");
        System.out.println(t1 == t2);
        List<Integer> list = new ArrayList<>(List.of(1000, 1000, 5, 5));
        System.out.println((list.get(0) == list.get(1)) + " " + (list.get(2) == list.get(3)) + " " + list.get(0).equals(list.get(1)));
        List<Integer> rm = new ArrayList<>(List.of(10, 20, 1, 2, 30));
        rm.remove(1);
        System.out.println(rm);
        rm.remove(Integer.valueOf(1));
        System.out.println(rm);
        Map<Character, Integer> cnt = new HashMap<>();
        for (char ch : "mississippi".toCharArray()) cnt.put(ch, cnt.getOrDefault(ch, 0) + 1);
        System.out.println(cnt);
        Integer nul = null;
        try {
            int x = nul;
            System.out.println(x);
        } catch (NullPointerException ex) {
            System.out.println("unboxing null -> NPE");
        }
        Object o = 1;
        Object p = 1L;
        Object q = 1.0f;
        System.out.println(o.getClass().getSimpleName() + " " + p.getClass().getSimpleName() + " " + q.getClass().getSimpleName());
        System.out.println(new HashSet<Object>(List.of(1, 1L, (short) 1, (byte) 1, 1.0)).size());
        Integer big1 = 1 << 20, big2 = 1 << 20;
        System.out.println(big1 <= big2 && big1 >= big2 && big1 != big2);
        long sum = 0;
        Integer boxed = 0;
        for (int i = 0; i < 1000; i++) boxed += i;
        sum += boxed;
        System.out.println(sum);
    }
}
