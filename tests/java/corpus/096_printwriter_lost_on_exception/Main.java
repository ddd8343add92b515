import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        System.out.println("System.out is flushed at once");
        String line;
        while ((line = br.readLine()) != null) {
            int v = Integer.parseInt(line.trim());
            out.println("read " + v);
        }
        out.println("done");
        out.flush();
        System.out.println("after flush");
    }
}
