public class Main {
    public static void main(String[] args) {
        java.util.Scanner sc = new java.util.Scanner(System.in);
        String kind = sc.next();
        System.out.println("kind " + kind);
        switch (kind) {
            case "nomsg": throw new IllegalStateException();
            case "cause": throw new RuntimeException(new java.io.IOException("disk full"));
            case "error": throw new AssertionError("invariant broken: " + 42);
            case "unsupported": throw new UnsupportedOperationException("not yet");
            case "nested": throw new IllegalArgumentException("outer", new NullPointerException("inner"));
            default: System.out.println("fine");
        }
    }
}
