import java.util.*;
import java.util.stream.*;

public class Main {
    public static void main(String[] args) {
        List<Integer> nums = List.of(5, 3, 8, 1, 9, 2, 8, 3, 7);
        System.out.println(nums.stream().filter(x -> x % 2 == 1).map(x -> x * x).collect(Collectors.toList()));
        System.out.println(nums.stream().distinct().sorted().toList());
        System.out.println(nums.stream().sorted(Comparator.reverseOrder()).limit(3).toList());
        System.out.println(nums.stream().skip(5).count() + " " + nums.stream().reduce(0, Integer::sum) + " " + nums.stream().reduce(Integer::max).get());
        System.out.println(nums.stream().anyMatch(x -> x > 8) + " " + nums.stream().allMatch(x -> x > 0) + " " + nums.stream().noneMatch(x -> x == 4));
        System.out.println(nums.stream().findFirst().get() + " " + nums.stream().filter(x -> x > 100).findAny().isPresent());
        System.out.println(Stream.iterate(1, x -> x * 2).limit(10).map(String::valueOf).collect(Collectors.joining(",", "[", "]")));
        System.out.println(Stream.of("a", "bb", "ccc").flatMap(s -> s.chars().mapToObj(c -> (char) c)).toList());
        System.out.println(Stream.generate(() -> "ab").limit(3).collect(Collectors.joining()));
        List<List<Integer>> nested = List.of(List.of(1, 2), List.of(), List.of(3));
        System.out.println(nested.stream().flatMap(List::stream).mapToInt(Integer::intValue).sum());
        System.out.println(nums.stream().min(Comparator.naturalOrder()).get() + " " + nums.stream().max(Integer::compare).get());
        System.out.println(Stream.of("x", "y", "z").peek(s -> System.out.print("peek " + s + "; ")).map(String::toUpperCase).toList());
        System.out.println(IntStream.rangeClosed(1, 5).mapToObj(i -> "#".repeat(i)).collect(Collectors.joining("|")));
        System.out.println(nums.stream().takeWhile(x -> x != 1).toList() + " " + nums.stream().dropWhile(x -> x != 1).toList());
        Object[] arr = Stream.of(1, 2).toArray();
        String[] sarr = Stream.of("p", "q").toArray(String[]::new);
        System.out.println(arr.length + " " + Arrays.toString(sarr));
        ArrayDeque<String> dq = Arrays.stream(new String[]{"b", "a", "c"}).sorted().collect(Collectors.toCollection(ArrayDeque::new));
        System.out.println(dq);
        List<String> log = new ArrayList<>();
        Stream.of(3, 1, 2).filter(x -> { log.add("f" + x); return x > 1; }).map(x -> { log.add("m" + x); return x; }).forEach(x -> log.add("e" + x));
        System.out.println(log);
        Stream<Integer> once = Stream.of(1);
        once.count();
        try {
            once.count();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
    }
}
