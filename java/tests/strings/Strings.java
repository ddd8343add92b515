// String constants: LATIN1 and UTF16 texts, surrogate pairs, the empty
// string, and one object per constant however often it is loaded.
public class Strings {
    static final String GREETING = "hello";

    static int lengths(int unused) {
        return "hello".length() * 1_000_000 + "héllo wörld".length() * 10_000 + "日本語".length() * 100
                + "😀".length() * 10 + "".length();
    }

    static int chars(int i) {
        String mixed = "aé日😀z";
        return mixed.charAt(i);
    }

    static int hashes(int which) {
        String[] all = {"", "hello", "Aa", "BB", "héllo", "日本語", "😀", "\0", "polygenelubricants"};
        return all[which].hashCode();
    }

    static int identity(int unused) {
        String a = "same", b = "same";
        int r = a == b ? 1 : 0;
        r = r * 10 + (a.equals(b) ? 1 : 0);
        r = r * 10 + ("same".equals("other") ? 1 : 0);
        r = r * 10 + (GREETING == "hello" ? 1 : 0);
        r = r * 10 + ("".isEmpty() ? 1 : 0);
        r = r * 10 + ("日本".equals("日本") ? 1 : 0);
        return r;
    }

    static int scan(int unused) {
        String text = "the quick brown fox jumps over the lazy dog";
        int vowels = 0, spaces = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case 'a', 'e', 'i', 'o', 'u' -> vowels++;
                case ' ' -> spaces++;
                default -> {}
            }
        }
        return vowels * 100 + spaces;
    }
}
