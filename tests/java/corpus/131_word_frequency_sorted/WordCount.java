import java.io.*;
import java.util.*;
import java.util.stream.*;

public class WordCount {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        Map<String, Integer> freq = new HashMap<>();
        br.lines().flatMap(l -> Arrays.stream(l.split("\\W+"))).filter(w -> !w.isEmpty()).map(String::toLowerCase)
                .forEach(w -> freq.merge(w, 1, Integer::sum));
        System.out.println("HashMap order: " + freq);
        List<Map.Entry<String, Integer>> top = freq.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(5).collect(Collectors.toList());
        for (Map.Entry<String, Integer> e : top) System.out.printf("%-10s %d%n", e.getKey(), e.getValue());
        Map<Integer, List<String>> byCount = new HashMap<>();
        freq.forEach((w, c) -> byCount.computeIfAbsent(c, k -> new ArrayList<>()).add(w));
        System.out.println(byCount);
        Map<Character, Long> initials = freq.keySet().stream().collect(Collectors.groupingBy(w -> w.charAt(0), Collectors.counting()));
        System.out.println(initials);
    }
}
