import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Arrays;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        int[] v = new int[n];
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        for (int i = 0; i < n; i++) v[i] = Integer.parseInt(tokens.nextToken());
        Arrays.sort(v);
        System.out.println(v[0] + " " + v[n / 2] + " " + v[n - 1]);
    }
}
