import java.util.*;

class Helper {
    // Not an entry point: wrong parameter type.
    static void main(int x) { System.out.println("never " + x); }

    static String shout(String s) { return s.toUpperCase() + "!"; }
}

class Util {
    // Not an entry point either: not static.
    public void main(String[] args) { System.out.println("instance main is not an entry point"); }
}

final class Solution {
    static final public void main(final String... args) {
        Scanner sc = new Scanner(System.in);
        List<String> words = new ArrayList<>();
        while (sc.hasNext()) words.add(Helper.shout(sc.next()));
        System.out.println(String.join(" ", words) + " (varargs main, args.length=" + args.length + ")");
    }
}
