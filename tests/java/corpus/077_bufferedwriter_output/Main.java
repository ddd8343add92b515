import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        BufferedWriter bw = new BufferedWriter(new OutputStreamWriter(System.out));
        int n = Integer.parseInt(br.readLine().trim());
        for (int i = 1; i <= n; i++) {
            if (i % 15 == 0) bw.write("FizzBuzz");
            else if (i % 3 == 0) bw.write("Fizz");
            else if (i % 5 == 0) bw.write("Buzz");
            else bw.write(String.valueOf(i));
            bw.newLine();
        }
        bw.write(65);
        bw.write("xyz", 1, 2);
        bw.write(new char[]{'!', '?'});
        bw.newLine();
        bw.flush();
    }
}
