import java.util.*;

public class Main {
    public static void main(String[] args) {
        String s = "  Hello, Java World!  ";
        System.out.println("[" + s.trim() + "][" + s.strip() + "][" + s.stripLeading() + "][" + s.stripTrailing() + "]");
        String t = s.trim();
        System.out.println(t.length() + " " + t.charAt(7) + " " + t.indexOf('o') + " " + t.lastIndexOf('o') + " " + t.indexOf("World") + " " + t.indexOf("xyz") + " " + t.indexOf('o', 5));
        System.out.println(t.substring(7) + "|" + t.substring(0, 5) + "|" + t.substring(5, 5) + "|");
        System.out.println(t.toUpperCase() + " " + t.toLowerCase());
        System.out.println(t.replace('l', 'L') + " " + t.replace("Java", "Kotlin") + " " + t.replaceAll("[aeiou]", "*") + " " + t.replaceFirst("l+", "_"));
        System.out.println(t.contains("Java") + " " + t.startsWith("Hell") + " " + t.endsWith("!") + " " + t.startsWith("World", 12));
        System.out.println("abc".compareTo("abd") + " " + "abc".compareTo("ab") + " " + "B".compareTo("a") + " " + "b".compareToIgnoreCase("A") + " " + "apple".compareTo("banana"));
        System.out.println("ab".repeat(3) + "|" + "".repeat(5) + "|" + "x".repeat(0) + "|");
        System.out.println(String.join(",", List.of("a", "b", "c")) + " " + String.join("", new ArrayList<String>()) + "|");
        System.out.println("   ".isBlank() + " " + "   ".isEmpty() + " " + "".isEmpty());
        System.out.println("line1\nline2\r\nline3".lines().map(String::toUpperCase).toList());
        System.out.println(Arrays.toString("hello".toCharArray()) + " " + "hello".chars().sum() + " " + "hello".chars().filter(ch -> ch == 'l').count());
        System.out.println(String.valueOf(3.0) + String.valueOf(true) + String.valueOf('c') + String.valueOf(12L));
        System.out.println("Mississippi".replace("ss", "SS") + " " + "aaa".replace("aa", "b") + " " + "a.b.c".replace(".", ""));
        System.out.println("Hello".equals("hello") + " " + "Hello".equalsIgnoreCase("hELLO") + " " + "Hello".contentEquals(new StringBuilder("Hello")));
        System.out.println("racecar".matches("r.*r") + " " + "abc123".matches("[a-z]+") + " " + "abc123".matches("[a-z]+\\d+"));
        System.out.println("%d items".formatted(5) + " " + "a-b-c".indexOf('-', 2) + " " + "tEST".substring(0, 1).toUpperCase() + "tEST".substring(1).toLowerCase());
        System.out.println(new String(new char[]{'x', 'y'}) + new String(new char[3]).replace('\0', '-') + " " + "abc".concat("def"));
        System.out.println("x".compareTo("x") + " " + "".compareTo("a") + " " + "a".compareTo(""));
        System.out.println("  a b  c ".split(" ").length + " " + "Abc".toLowerCase().hashCode() + " " + "abc".intern().equals("abc"));
        System.out.println(String.valueOf(new char[]{'o', 'k'}) + " " + "TAB\tEND".indexOf('\t') + " " + "a,b,,c,".chars().filter(ch -> ch == ',').count());
    }
}
