import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(br.readLine().trim());
        StringBuilder sb = new StringBuilder();
        long x = 1;
        for (int i = 1; i <= n; i++) {
            x = (x * 48271) % 2147483647;
            sb.append(i).append(' ').append(x % 1000).append(i % 10 == 0 ? '\n' : ' ');
        }
        System.out.print(sb);
        System.out.println();
        System.out.println("length " + sb.length());
    }
}
