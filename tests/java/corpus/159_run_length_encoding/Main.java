import java.io.*;

public class Main {
    static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int j = i;
            while (j < s.length() && s.charAt(j) == s.charAt(i)) j++;
            sb.append(j - i).append(s.charAt(i));
            i = j;
        }
        return sb.toString();
    }

    static String decode(String s) {
        StringBuilder sb = new StringBuilder();
        int num = 0;
        for (char c : s.toCharArray()) {
            if (Character.isDigit(c)) num = num * 10 + (c - '0');
            else { sb.append(String.valueOf(c).repeat(num)); num = 0; }
        }
        return sb.toString();
    }

    static String compress(String s) {
        String e = encode(s).replaceAll("(?<!\\d)1(?=\\D)", "").replaceAll("^1(?=\\D)", "");
        return e.length() < s.length() ? e : s;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = br.readLine()) != null) {
            String enc = encode(line);
            System.out.println("\"" + line + "\" -> " + enc + " -> \"" + decode(enc) + "\" compress: " + compress(line) + " roundtrip " + decode(enc).equals(line));
        }
    }
}
