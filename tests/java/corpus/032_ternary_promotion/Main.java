public class Main {
    public static void main(String[] args) {
        boolean t = args.length == 0;
        char c = 'x';
        int i = 65;
        System.out.println(t ? 'a' : 0);
        System.out.println(t ? 'a' : i);
        System.out.println(false ? 1 : c);
        System.out.println(t ? 1 : 2.0);
        Object o = t ? 1 : "s";
        System.out.println(o + " " + o.getClass().getSimpleName());
        Object o2 = t ? Integer.valueOf(1) : Double.valueOf(2);
        System.out.println(o2);
        Integer nul = null;
        try {
            int r = t ? nul : 0;
            System.out.println(r);
        } catch (NullPointerException e) {
            System.out.println("NPE from ternary unboxing");
        }
        Integer safe = t ? nul : Integer.valueOf(0);
        System.out.println(safe);
        long big = t ? Integer.MAX_VALUE + 1 : 0L;
        System.out.println(big);
        System.out.println(t ? (byte) 1 : 'b');
        int n = 7;
        String s = n % 2 == 0 ? "even" : n % 3 == 0 ? "div3" : n > 5 ? "big-odd" : "small-odd";
        System.out.println(s);
        System.out.println((t ? "yes" : null) + (!t ? "yes" : null));
    }
}
