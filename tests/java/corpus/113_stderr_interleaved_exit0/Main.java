public class Main {
    public static void main(String[] args) {
        for (int i = 0; i < 5; i++) {
            System.out.println("out " + i);
            System.err.println("err " + i);
        }
        new RuntimeException("printed, not thrown").printStackTrace();
        System.out.println("still exit code 0");
    }
}
