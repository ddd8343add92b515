class Config {
    static final int VALUE;
    static {
        System.out.println("Config initialising");
        VALUE = Integer.parseInt("not-a-number");
    }
}

public class Main {
    public static void main(String[] args) {
        System.out.println("before");
        try {
            System.out.println(Config.VALUE);
        } catch (ExceptionInInitializerError e) {
            System.out.println("ExceptionInInitializerError caused by " + e.getCause());
        }
        try {
            System.out.println(Config.VALUE);
        } catch (NoClassDefFoundError e) {
            System.out.println("second access: NoClassDefFoundError: " + e.getMessage());
        }
        System.out.println("after");
    }
}
