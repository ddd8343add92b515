public class Main {
    static int checks = 0;
    static boolean count() { checks++; return false; }

    public static void main(String[] args) {
        assert count() : "assertions are disabled by default, so this never fires";
        assert false;
        System.out.println("checks evaluated: " + checks);
        boolean enabled = false;
        assert enabled = true;
        System.out.println("assertions enabled: " + enabled);
    }
}
