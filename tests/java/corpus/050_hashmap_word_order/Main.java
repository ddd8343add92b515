import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        Map<String, Integer> freq = new HashMap<>();
        String line;
        while ((line = br.readLine()) != null) {
            for (String w : line.toLowerCase().split("[^a-z']+")) {
                if (w.isEmpty()) continue;
                freq.put(w, freq.getOrDefault(w, 0) + 1);
            }
        }
        for (Map.Entry<String, Integer> e : freq.entrySet()) System.out.println(e.getKey() + " " + e.getValue());
        System.out.println(freq.size());
        System.out.println(freq.keySet());
    }
}
