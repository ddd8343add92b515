import java.io.*;

public class Main {
    static String s;
    static int pos;

    static char peek() {
        while (pos < s.length() && s.charAt(pos) == ' ') pos++;
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    static long expr() {
        long v = term();
        while (true) {
            char c = peek();
            if (c == '+') { pos++; v += term(); }
            else if (c == '-') { pos++; v -= term(); }
            else return v;
        }
    }

    static long term() {
        long v = factor();
        while (true) {
            char c = peek();
            if (c == '*') { pos++; v *= factor(); }
            else if (c == '/') { pos++; v /= factor(); }
            else if (c == '%') { pos++; v %= factor(); }
            else return v;
        }
    }

    static long factor() {
        long base = unary();
        if (peek() == '^') { pos++; long e = factor(); long r = 1; for (int i = 0; i < e; i++) r *= base; return r; }
        return base;
    }

    static long unary() {
        char c = peek();
        if (c == '-') { pos++; return -unary(); }
        if (c == '(') {
            pos++;
            long v = expr();
            if (peek() != ')') throw new IllegalArgumentException("expected ) at " + pos);
            pos++;
            return v;
        }
        int start = pos;
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) pos++;
        if (start == pos) throw new IllegalArgumentException("unexpected '" + (pos < s.length() ? s.charAt(pos) : "end") + "' at " + pos);
        return Long.parseLong(s.substring(start, pos));
    }

    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = br.readLine()) != null) {
            s = line;
            pos = 0;
            try {
                long v = expr();
                if (peek() != '\0') throw new IllegalArgumentException("trailing input at " + pos);
                System.out.println(line + " = " + v);
            } catch (IllegalArgumentException | ArithmeticException e) {
                System.out.println(line + " -> error: " + e.getMessage());
            }
        }
    }
}
