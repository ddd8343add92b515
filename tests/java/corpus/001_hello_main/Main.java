public class Main {
    public static void main(String[] args) {
        System.out.println("Hello, World!");
        System.out.println("args: " + args.length);
        System.out.print("no newline at the end");
    }
}
