import java.util.*;

public class Main {
    static List<String> log = new ArrayList<>();

    @SuppressWarnings("finally")
    static int finallyOverrides() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    static int finallyRunsAfterReturnExpr() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
            log.add("finally saw x=" + x);
        }
    }

    static class Res implements AutoCloseable {
        final String name; final boolean failClose;
        Res(String n, boolean f) { name = n; failClose = f; log.add("open " + n); }
        public void close() throws Exception {
            log.add("close " + name);
            if (failClose) throw new IllegalStateException("close failed: " + name);
        }
    }

    static void nested(int mode) {
        try {
            try {
                if (mode == 0) throw new IllegalArgumentException("inner iae");
                if (mode == 1) throw new UnsupportedOperationException("inner uoe");
                log.add("no throw");
            } catch (IllegalArgumentException e) {
                log.add("inner caught " + e.getMessage());
                throw new RuntimeException("rethrown", e);
            } finally {
                log.add("inner finally " + mode);
            }
        } catch (RuntimeException e) {
            log.add("outer caught " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + (e.getCause() != null ? " cause=" + e.getCause().getMessage() : ""));
        } finally {
            log.add("outer finally " + mode);
        }
    }

    public static void main(String[] args) {
        System.out.println(finallyOverrides());
        System.out.println(finallyRunsAfterReturnExpr());
        for (int m = 0; m < 3; m++) nested(m);
        try (Res a = new Res("a", false); Res b = new Res("b", true); Res c = new Res("c", true)) {
            log.add("body");
            throw new RuntimeException("body failed");
        } catch (Exception e) {
            log.add("caught " + e.getMessage() + " suppressed=" + e.getSuppressed().length);
            for (Throwable t : e.getSuppressed()) log.add("  suppressed " + t.getMessage());
        }
        try {
            Object o = "str";
            Integer i = (Integer) o;
        } catch (ClassCastException | ArithmeticException e) {
            log.add("multi-catch " + e.getClass().getName());
        }
        for (String s : log) System.out.println(s);
    }
}
