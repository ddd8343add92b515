import java.util.*;

public class Main {
    static class Account {
        String owner; long cents;
        Account(String o, long c) { owner = o; cents = c; }
        @Override public String toString() { return String.format("Account[%s, %d.%02d]", owner, cents / 100, cents % 100); }
    }

    public static void main(String[] args) {
        Account a = new Account("Ann", 12345);
        System.out.println(a);
        System.out.println("acct: " + a);
        Object n = null;
        String s = null;
        System.out.println(n);
        System.out.println("s=" + s);
        System.out.println(String.valueOf((Object) null));
        StringBuilder sb = new StringBuilder();
        sb.append(s).append('|').append((Object) null).append('|').append(1.5f).append('|').append(true).append(2L);
        System.out.println(sb);
        List<Object> mixed = new ArrayList<>(Arrays.asList(a, null, "x", 'c', 1.0, new int[0].length));
        System.out.println(mixed);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("k", null); m.put(null, "v"); m.put("self", "ok");
        System.out.println(m);
        System.out.println(Arrays.asList(new String[]{"a", null}));
        System.out.println(Optional.ofNullable(s).orElse("fallback"));
        char[] chars = {'h', 'i'};
        System.out.println(chars);
        System.out.println(String.valueOf(chars) + Arrays.toString(chars));
        System.out.println(Arrays.toString((int[]) null) + " " + Objects.toString(null, "dflt"));
    }
}
