public class Main {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("hello");
        sb.append(' ').append("world").append(42).append(true).append(1.5).append('!');
        System.out.println(sb + " " + sb.length());
        sb.insert(0, ">> ").insert(sb.length(), " <<");
        System.out.println(sb);
        sb.reverse();
        System.out.println(sb);
        sb.reverse().setCharAt(3, 'H');
        System.out.println(sb);
        sb.deleteCharAt(0).delete(0, 2);
        System.out.println(sb);
        sb.replace(0, 5, "HOWDY");
        System.out.println(sb + " " + sb.indexOf("o") + " " + sb.lastIndexOf("o") + " " + sb.charAt(1));
        sb.setLength(5);
        System.out.println(sb + "|" + sb.length());
        sb.setLength(7);
        System.out.println(sb.toString().replace('\0', '_') + "|" + sb.length());
        StringBuilder pal = new StringBuilder("abcba");
        System.out.println(pal.toString().equals(pal.reverse().toString()));
        StringBuilder nums = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (nums.length() > 0) nums.append(", ");
            nums.append(i * i);
        }
        System.out.println(nums);
        System.out.println(new StringBuilder("abc").compareTo(new StringBuilder("abd")) + " " + new StringBuilder("x").equals(new StringBuilder("x")));
        StringBuilder sur = new StringBuilder("a\uD83D\uDE00b");
        System.out.println(sur.length() + " " + sur.codePointCount(0, sur.length()) + " " + sur.reverse().codePointAt(1));
        try {
            new StringBuilder("abc").charAt(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            new StringBuilder("abc").deleteCharAt(3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            new StringBuilder("abc").insert(4, "x");
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        StringBuffer buf = new StringBuffer();
        buf.append(1).append('a').append(2.5f);
        System.out.println(buf);
        System.out.println(String.valueOf(new StringBuilder().appendCodePoint(0x1F600).appendCodePoint(65)));
    }
}
