class AppException extends Exception {
    private final int code;
    AppException(String msg, int code) { super(msg); this.code = code; }
    AppException(String msg, Throwable cause) { super(msg, cause); this.code = -1; }
    int code() { return code; }
}

class NotFoundException extends AppException {
    NotFoundException(String what) { super(what + " not found", 404); }
}

class ValidationError extends RuntimeException {
    ValidationError(String field) { super("invalid field '" + field + "'"); }
    @Override public String toString() { return "ValidationError{" + getMessage() + "}"; }
}

public class Main {
    static String find(String key) throws AppException {
        if (key.isEmpty()) throw new ValidationError("key");
        if (key.startsWith("x")) throw new NotFoundException(key);
        if (key.equals("io")) {
            try {
                throw new java.io.IOException("disk on fire");
            } catch (java.io.IOException e) {
                throw new AppException("wrapped", e);
            }
        }
        return key.toUpperCase();
    }

    public static void main(String[] args) {
        java.util.Scanner sc = new java.util.Scanner(System.in);
        while (sc.hasNextLine()) {
            String k = sc.nextLine();
            try {
                System.out.println("found " + find(k));
            } catch (NotFoundException e) {
                System.out.println("NF " + e.code() + " " + e.getMessage() + " | " + e);
            } catch (AppException e) {
                System.out.println("APP " + e.code() + " " + e + " cause: " + e.getCause());
            } catch (ValidationError e) {
                System.out.println("VE " + e + " " + e.getLocalizedMessage());
            }
        }
        Exception plain = new Exception();
        System.out.println(plain.getMessage() + " " + plain);
        System.out.println(new RuntimeException(new IllegalStateException("inner")).getMessage());
        System.out.println(new ArithmeticException("x") instanceof RuntimeException);
    }
}
