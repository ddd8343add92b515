import java.util.*;
import java.util.regex.*;

public class Main {
    public static void main(String[] args) {
        String log = "2024-01-15 ERROR [db] timeout after 30s; 2024-02-01 WARN [net] retry 3; 2023-12-31 ERROR [api] code=500";
        Pattern p = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}) (ERROR|WARN) \\[(\\w+)\\]");
        Matcher m = p.matcher(log);
        while (m.find()) {
            System.out.println(m.group() + " | year=" + m.group(1) + " level=" + m.group(4) + " comp=" + m.group(5) + " at " + m.start() + "-" + m.end() + " groups=" + m.groupCount());
        }
        Pattern named = Pattern.compile("(?<key>[a-z]+)=(?<val>\\d+)");
        Matcher nm = named.matcher("a=1, bb=22, ccc=x, d=4");
        List<String> kv = new ArrayList<>();
        while (nm.find()) kv.add(nm.group("key") + "->" + nm.group("val"));
        System.out.println(kv);
        System.out.println("John Smith".replaceAll("(\\w+) (\\w+)", "$2, $1") + " " + "a1b22c333".replaceAll("\\d+", "#") + " " + "x.y.z".replaceAll(".", "-") + " " + "x.y.z".replaceAll("\\.", "-"));
        System.out.println(Pattern.matches("[a-f0-9]+", "deadbeef") + " " + "abc".matches("ab") + " " + Pattern.compile("ab").matcher("abc").find() + " " + Pattern.compile("^ab").matcher("abc").lookingAt());
        System.out.println(Arrays.toString(Pattern.compile("\\s*,\\s*").split("a , b,c ,  d")) + " " + Arrays.toString("one1two22three".split("\\d+")));
        System.out.println(Pattern.compile("hello", Pattern.CASE_INSENSITIVE).matcher("Say HeLLo!").find() + " " + "price: $5".replaceAll("\\$", "USD ") + " " + Matcher.quoteReplacement("$1") + " " + Pattern.quote("a.b"));
        System.out.println("password1".matches("(?=.*\\d)(?=.*[a-z]).{8,}") + " " + "Password".matches("(?=.*\\d).{8,}"));
        Matcher rep = Pattern.compile("(\\d+)").matcher("a1b22c333");
        StringBuilder sb = new StringBuilder();
        while (rep.find()) rep.appendReplacement(sb, String.valueOf(Integer.parseInt(rep.group(1)) * 2));
        rep.appendTail(sb);
        System.out.println(sb);
        System.out.println(Pattern.compile("\\d").matcher("a1b2c3").replaceAll(r -> "<" + r.group() + ">") + " " + Pattern.compile("o").matcher("foo boo").results().count());
        System.out.println("aaa".replaceAll("a*", "X") + " " + "abc".replaceAll("", "-") + " " + "tel: +1 (555) 010-9999".replaceAll("[^0-9+]", ""));
        Matcher greedy = Pattern.compile("<.+>").matcher("<a><b>");
        Matcher lazy = Pattern.compile("<.+?>").matcher("<a><b>");
        greedy.find(); lazy.find();
        System.out.println(greedy.group() + " " + lazy.group());
        System.out.println("Hello World".replaceAll("(?i)[aeiou]", "*") + " " + "multi\nline\ntext".replaceAll("(?m)^", "> ").replace("\n", "|"));
        try {
            Pattern.compile("(unclosed");
        } catch (PatternSyntaxException e) {
            System.out.println("bad pattern: " + e.getDescription() + " at " + e.getIndex());
        }
    }
}
