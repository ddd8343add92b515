import java.io.*;

public class Main {
    static String handle(String cmd) {
        switch (cmd) {
            case "Aa": return "Aa-branch";
            case "BB": return "BB-branch (same hashCode " + "BB".hashCode() + ")";
            case "push": case "PUSH": return "push";
            case "": return "empty";
            default: return "unknown:" + cmd;
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = br.readLine()) != null) System.out.println(handle(line.trim()));
        System.out.println("Aa".hashCode() == "BB".hashCode());
    }
}
