import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, "UTF-8"));
        System.out.println("captured line 1");
        System.out.print("captured " + 2);
        System.setOut(original);
        String got = captured.toString("UTF-8");
        System.out.println("captured " + got.length() + " chars: " + got.replace("\n", "\\n"));
        PrintStream fast = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false);
        for (int i = 0; i < 5; i++) fast.println("fast " + i);
        fast.printf("%s %d%n", "formatted", 7);
        fast.flush();
        System.out.println("after fast");
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        pw.printf("%04d|%s", 42, "sw");
        pw.flush();
        System.out.println(sw);
        System.out.write("raw bytes\n".getBytes("UTF-8"));
        System.out.flush();
        System.out.println("end");
    }
}
