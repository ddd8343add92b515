import java.util.*;

public class Main {
    public static void main(String[] args) {
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        int[] vals = {5, 1, 8, 3, 9, 2, 7, 1, 6};
        for (int v : vals) pq.add(v);
        System.out.println(pq + " size=" + pq.size() + " peek=" + pq.peek());
        pq.remove(8);
        System.out.println(pq);
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) sb.append(pq.poll()).append(' ');
        System.out.println(sb.toString().trim());
        PriorityQueue<Integer> max = new PriorityQueue<>(Collections.reverseOrder());
        for (int v : vals) max.offer(v);
        System.out.println(max);
        System.out.println(max.poll() + " " + max.poll() + " " + max);
        PriorityQueue<String> strs = new PriorityQueue<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        strs.addAll(List.of("ccc", "a", "bb", "b", "dddd", "aa"));
        System.out.println(strs);
        while (!strs.isEmpty()) System.out.print(strs.poll() + " ");
        System.out.println();
        PriorityQueue<int[]> events = new PriorityQueue<>((a, b) -> a[0] != b[0] ? a[0] - b[0] : b[1] - a[1]);
        events.add(new int[]{3, 1}); events.add(new int[]{1, 2}); events.add(new int[]{3, 9}); events.add(new int[]{2, 2});
        while (!events.isEmpty()) System.out.print(Arrays.toString(events.poll()));
        System.out.println();
        PriorityQueue<Integer> fromList = new PriorityQueue<>(List.of(9, 8, 7, 6, 5, 4, 3, 2, 1));
        System.out.println(fromList);
        Object[] arr = fromList.toArray();
        System.out.println(arr.length + " " + arr[0] + " " + fromList.contains(4));
        System.out.println(new PriorityQueue<Integer>().poll() + " " + new PriorityQueue<Integer>().peek());
        try {
            new PriorityQueue<Integer>().remove();
        } catch (NoSuchElementException e) {
            System.out.println("remove on empty: " + e.getMessage());
        }
    }
}
