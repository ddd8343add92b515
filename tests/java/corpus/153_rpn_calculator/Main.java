import java.io.*;
import java.util.*;

public class Main {
    static double eval(String expr) {
        Deque<Double> st = new ArrayDeque<>();
        for (String tok : expr.trim().split("\\s+")) {
            switch (tok) {
                case "+", "-", "*", "/", "^" -> {
                    if (st.size() < 2) throw new IllegalStateException("stack underflow at '" + tok + "'");
                    double b = st.pop(), a = st.pop();
                    st.push(switch (tok) {
                        case "+" -> a + b;
                        case "-" -> a - b;
                        case "*" -> a * b;
                        case "/" -> a / b;
                        default -> Math.pow(a, b);
                    });
                }
                case "sqrt" -> st.push(Math.sqrt(st.pop()));
                case "dup" -> st.push(st.peek());
                case "swap" -> { double b = st.pop(), a = st.pop(); st.push(b); st.push(a); }
                default -> st.push(Double.parseDouble(tok));
            }
        }
        if (st.size() != 1) throw new IllegalStateException(st.size() + " values left: " + st);
        return st.pop();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = br.readLine()) != null) {
            try {
                System.out.println(line + " => " + eval(line));
            } catch (IllegalStateException | NumberFormatException | NoSuchElementException e) {
                System.out.println(line + " => " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }
}
