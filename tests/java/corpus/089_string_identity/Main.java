public class Main {
    static final String CONST = "hel" + "lo";

    public static void main(String[] args) {
        String a = "hello";
        String b = "hello";
        String c = new String("hello");
        String d = "hel";
        String e = d + "lo";
        System.out.println((a == b) + " " + (a == c) + " " + a.equals(c) + " " + (a == CONST) + " " + (a == e) + " " + (a == e.intern()) + " " + (c.intern() == a));
        String s1 = String.valueOf(5);
        String s2 = String.valueOf(5);
        System.out.println((s1 == s2) + " " + s1.equals(s2));
        String empty1 = "";
        String empty2 = new String();
        System.out.println((empty1 == empty2) + " " + empty1.equals(empty2) + " " + ("" + "" == ""));
        StringBuilder sb = new StringBuilder("hello");
        System.out.println(sb.toString() == a);
        System.out.println(sb.toString().equals(a) + " " + a.contentEquals(sb));
        String sub = a.substring(0);
        System.out.println((sub == a) + " " + (a.substring(0, 5) == a) + " " + (a.trim() == a) + " " + (a.toLowerCase() == a) + " " + (a.concat("") == a));
    }
}
