import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        String line;
        int lineNo = 0;
        long total = 0;
        List<String> longest = new ArrayList<>();
        int best = -1;
        while ((line = br.readLine()) != null) {
            lineNo++;
            String trimmed = line.trim();
            if (trimmed.isEmpty()) {
                System.out.println(lineNo + ": <blank>");
                continue;
            }
            String[] parts = trimmed.split("\\s+");
            long s = 0;
            for (String p : parts) s += Long.parseLong(p);
            total += s;
            System.out.println(lineNo + ": " + parts.length + " numbers, sum " + s);
            if (parts.length > best) { best = parts.length; longest.clear(); }
            if (parts.length == best) longest.add("#" + lineNo);
        }
        System.out.println("total " + total + " lines " + lineNo + " widest " + longest);
    }
}
