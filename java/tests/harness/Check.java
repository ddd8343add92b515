// Records one line per call: the export's name, the arguments and the result,
// doubles and floats as their bits so that nothing is lost in printing. The
// test makes the same calls through the compiled module's exports.
public class Check {
    static StringBuilder out = new StringBuilder();

    static String arg(Object a) {
        if (a instanceof Double d) return "d" + Long.toHexString(Double.doubleToRawLongBits(d));
        if (a instanceof Float f) return "f" + Integer.toHexString(Float.floatToRawIntBits(f));
        if (a instanceof Long l) return "l" + l;
        if (a instanceof Character c) return "i" + (int) c;
        if (a instanceof Boolean b) return "i" + (b ? 1 : 0);
        return "i" + a;
    }

    static void p(String export, Object result, Object... args) {
        out.append(export).append('|');
        for (int i = 0; i < args.length; i++) out.append(i > 0 ? "," : "").append(arg(args[i]));
        out.append('|').append(arg(result)).append('\n');
    }

    static void print() {
        System.out.print(out);
    }
}
