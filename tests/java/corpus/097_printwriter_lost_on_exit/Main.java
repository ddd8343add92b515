import java.io.*;

public class Main {
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out);
        PrintWriter autoFlush = new PrintWriter(System.out, true);
        BufferedWriter bw = new BufferedWriter(new OutputStreamWriter(System.out));
        out.println("buffered in a PrintWriter without flush: lost at System.exit");
        autoFlush.println("autoflush PrintWriter: println flushes");
        autoFlush.print("autoflush PrintWriter print without newline: not flushed");
        try {
            bw.write("BufferedWriter without flush: lost\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("System.out line");
        System.exit(0);
    }
}
