public class Main {
    public static void main(String[] args) {
        char c = 'a';
        System.out.println(c + 1);
        System.out.println((char) (c + 1));
        System.out.println("" + c + 1);
        System.out.println(c + 'b');
        System.out.println('a' + 'b' + "c");
        System.out.println("c" + 'a' + 'b');
        c += 2;
        System.out.println(c);
        c++;
        System.out.println(c);
        System.out.println((int) 'A' + " " + (int) '0' + " " + (char) 65 + " " + (char) 0x263A);
        String s = "Hello, World 123";
        int[] freq = new int[26];
        for (char x : s.toLowerCase().toCharArray()) if (x >= 'a' && x <= 'z') freq[x - 'a']++;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 26; i++) if (freq[i] > 0) sb.append((char) ('a' + i)).append(freq[i]);
        System.out.println(sb);
        StringBuilder caesar = new StringBuilder();
        for (char x : s.toCharArray()) {
            if (Character.isUpperCase(x)) caesar.append((char) ('A' + (x - 'A' + 3) % 26));
            else if (Character.isLowerCase(x)) caesar.append((char) ('a' + (x - 'a' + 3) % 26));
            else caesar.append(x);
        }
        System.out.println(caesar);
        int digitSum = 0;
        for (char x : "90817".toCharArray()) digitSum += x - '0';
        System.out.println(digitSum);
        char d = '7';
        System.out.println(d - '0' + 1);
        System.out.println((char) ('z' + 1));
        char[] cs = {'d', 'a', 'c', 'b'};
        java.util.Arrays.sort(cs);
        System.out.println(cs);
        System.out.println(String.valueOf(cs, 1, 2));
        System.out.println(Character.toChars(0x1F600).length + " " + Character.getNumericValue('Z') + " " + Character.digit('f', 16));
    }
}
