public class Main {
    static void work() {
        try {
            System.out.println("in try");
            throw new IllegalArgumentException("original");
        } finally {
            System.out.println("in finally");
            String s = null;
            if (System.out != null) throw new IllegalStateException("from finally replaces the original");
        }
    }

    public static void main(String[] args) {
        try {
            work();
        } catch (RuntimeException e) {
            System.out.println("caught " + e.getClass().getSimpleName() + ": " + e.getMessage() + " suppressed=" + e.getSuppressed().length);
        }
        work();
    }
}
