import java.io.*;
import java.util.*;

public class Main {
    static List<String> parseLine(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; }
                    else quoted = false;
                } else cur.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') { out.add(cur.toString()); cur.setLength(0); }
            else cur.append(c);
        }
        out.add(cur.toString());
        return out;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        List<String> header = parseLine(br.readLine());
        System.out.println("columns " + header);
        String line;
        Map<String, Double> totals = new TreeMap<>();
        int row = 0;
        while ((line = br.readLine()) != null) {
            row++;
            List<String> f = parseLine(line);
            if (f.size() != header.size()) {
                System.out.println("row " + row + ": expected " + header.size() + " fields, got " + f.size() + " " + f);
                continue;
            }
            Map<String, String> rec = new LinkedHashMap<>();
            for (int i = 0; i < f.size(); i++) rec.put(header.get(i), f.get(i));
            System.out.println("row " + row + ": " + rec);
            try {
                totals.merge(rec.get("dept"), Double.parseDouble(rec.get("salary").replace(",", "")), Double::sum);
            } catch (NumberFormatException e) {
                System.out.println("  bad salary: " + e.getMessage());
            }
        }
        totals.forEach((k, v) -> System.out.printf("%s: %,.2f%n", k, v));
    }
}
