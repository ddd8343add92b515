import java.util.*;
import java.util.stream.*;

public class Main {
    public static void main(String[] args) {
        System.out.println(IntStream.range(0, 10).sum() + " " + IntStream.rangeClosed(1, 100).filter(i -> i % 7 == 0).count());
        System.out.println(IntStream.of(3, 1, 4, 1, 5).average() + " " + IntStream.empty().average() + " " + IntStream.of(2, 4).average().getAsDouble());
        System.out.println(IntStream.of(3, 1, 4, 1, 5, 9, 2, 6).summaryStatistics());
        System.out.println(LongStream.rangeClosed(1, 20).reduce(1, (a, b) -> a * b));
        System.out.println(LongStream.of(1L << 40, 5).summaryStatistics());
        System.out.println(DoubleStream.of(1.5, 2.5, -1).summaryStatistics());
        System.out.println(IntStream.range(0, 5).map(i -> i * i).boxed().collect(Collectors.toList()));
        System.out.println(IntStream.iterate(1, i -> i < 200, i -> i * 3).mapToObj(Integer::toString).collect(Collectors.joining("->")));
        int[] arr = IntStream.rangeClosed(1, 10).map(i -> 11 - i).toArray();
        System.out.println(Arrays.toString(arr) + " " + Arrays.stream(arr).max().getAsInt() + " " + IntStream.of().max());
        System.out.println("hello".chars().mapToObj(c -> String.valueOf((char) (c + 1))).collect(Collectors.joining()));
        System.out.println(IntStream.range(0, 20).filter(i -> i % 3 == 0).mapToLong(i -> (long) i * i * i).sum());
        System.out.println(IntStream.of(5, 3, 5, 1).distinct().sorted().boxed().toList() + " " + IntStream.range(0, 4).asDoubleStream().sum());
        double avg = IntStream.of(1, 2).average().orElse(0);
        System.out.println(avg + " " + IntStream.rangeClosed(1, 5).mapToDouble(i -> 1.0 / i).sum());
        System.out.println(LongStream.range(0, 1_000_000).map(x -> x ^ (x >> 3)).sum());
        System.out.println(IntStream.concat(IntStream.of(1, 2), IntStream.of(3)).boxed().toList() + " " + IntStream.range(0, 3).anyMatch(i -> i == 2));
    }
}
