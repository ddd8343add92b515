public class Main {
    interface Parser { Object parse(String s); }

    static void attempt(String label, Parser p, String s) {
        try {
            System.out.println(label + "(" + (s == null ? "null" : "\"" + s + "\"") + ") = " + p.parse(s));
        } catch (NumberFormatException e) {
            System.out.println(label + "(" + (s == null ? "null" : "\"" + s + "\"") + ") NumberFormatException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"42", "-0", "abc", "", " 12", "12 ", "2147483647", "2147483648", "-2147483649", "1.5", "+", "-", "0x10", "1_000", "١٢", "99999999999999999999", null};
        for (String s : inputs) attempt("parseInt", Integer::parseInt, s);
        attempt("parseInt radix 16", s -> Integer.parseInt(s, 16), "fg");
        attempt("parseInt radix 2", s -> Integer.parseInt(s, 2), "102");
        attempt("parseLong", Long::parseLong, "9223372036854775808");
        attempt("parseLong", Long::parseLong, "12L");
        attempt("valueOf", Integer::valueOf, "7e2");
        attempt("parseDouble", Double::parseDouble, "abc");
        attempt("parseDouble", Double::parseDouble, "");
        attempt("parseDouble", Double::parseDouble, "1,5");
        attempt("parseDouble", Double::parseDouble, "1e");
        attempt("parseDouble", Double::parseDouble, "  -Infinity ");
        attempt("parseFloat", Float::parseFloat, "3.4e39");
        attempt("parseByte", Byte::parseByte, "128");
        attempt("parseShort", Short::parseShort, "40000");
        attempt("BigInteger", java.math.BigInteger::new, "");
        attempt("BigDecimal", java.math.BigDecimal::new, "1.2.3");
        attempt("decode", Integer::decode, "0xZZ");
        attempt("parseUnsignedInt", Integer::parseUnsignedInt, "-1");
        attempt("parseUnsignedInt", Integer::parseUnsignedInt, "4294967296");
        try {
            Double.parseDouble(null);
        } catch (NullPointerException e) {
            System.out.println("parseDouble(null) is an NPE, not an NFE");
        }
    }
}
