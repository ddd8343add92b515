import java.util.*;

public class Main {
    static void show(String label, String[] parts) {
        StringBuilder sb = new StringBuilder(label).append(' ').append(parts.length).append(':');
        for (String p : parts) sb.append('[').append(p).append(']');
        System.out.println(sb);
    }

    public static void main(String[] args) {
        show("trailing", "a,b,,c,,".split(","));
        show("limit-1", "a,b,,c,,".split(",", -1));
        show("limit2", "a,b,,c,,".split(",", 2));
        show("leading", ",a,b".split(","));
        show("empty", "".split(","));
        show("only-delims", ",,,".split(","));
        show("spaces", "  hello   world  ".split(" "));
        show("ws+", "  hello   world  ".split("\\s+"));
        show("trim-ws+", "  hello   world  ".trim().split("\\s+"));
        show("chars", "abc".split(""));
        show("pipe-unescaped", "a|b|c".split("|"));
        show("pipe", "a|b|c".split("\\|"));
        show("dot-unescaped", "1.2.3".split("."));
        show("dot", "1.2.3".split("\\."));
        show("multi-char", "a::b::::c".split("::"));
        show("class", "a1b2c3".split("[0-9]"));
        show("lookahead", "CamelCaseString".split("(?=[A-Z])"));
        show("tab", "x\ty\t\tz".split("\t"));
        show("newline", "l1\nl2\r\nl3".split("\\R"));
        show("no-match", "abc".split(","));
        show("single-space-text", " ".split(" "));
        show("limit0", "a,b,,".split(",", 0));
        System.out.println(Arrays.toString("key=value=more".split("=", 2)));
        System.out.println(String.join("+", "3 4 5".split(" ")));
        System.out.println(Arrays.stream("10 20 30".split(" ")).mapToInt(Integer::parseInt).sum());
    }
}
