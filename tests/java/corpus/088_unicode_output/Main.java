import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = br.readLine()) != null) {
            System.out.println(line + " | length=" + line.length() + " codePoints=" + line.codePointCount(0, line.length())
                    + " bytes=" + line.getBytes(StandardCharsets.UTF_8).length + " upper=" + line.toUpperCase()
                    + " reversed=" + new StringBuilder(line).reverse());
        }
        String s = "naïve café 日本語 😀";
        System.out.println(s);
        System.out.println(s.charAt(2) + " " + (int) s.charAt(2) + " " + s.indexOf("日") + " " + s.codePointAt(s.length() - 2) + " " + Character.charCount(0x1F600));
        System.out.println("straße".toUpperCase() + " " + "ǅ".toLowerCase() + " " + "İ".toLowerCase(Locale.ROOT).length());
        System.out.printf("%-6s|%6s|%c|%n", "日本", "é", 'ß');
        char[] cs = s.toCharArray();
        Arrays.sort(cs, 0, 5);
        System.out.println(new String(cs, 0, 5));
        System.out.println("\u00e9" + "\u0065\u0301" + " " + "\u00e9".equals("\u0065\u0301"));
        PrintWriter pw = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        pw.println("via PrintWriter: ü € ✓");
    }
}
