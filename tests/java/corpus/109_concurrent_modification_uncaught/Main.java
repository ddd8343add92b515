import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<String> names = new ArrayList<>(List.of("ann", "bob", "cid", "dan"));
        for (String n : names) {
            System.out.println("visiting " + n);
            if (n.startsWith("b")) names.add("eve");
        }
    }
}
