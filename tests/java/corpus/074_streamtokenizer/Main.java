import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        st.nextToken();
        int n = (int) st.nval;
        double sum = 0;
        long isum = 0;
        for (int i = 0; i < n; i++) {
            st.nextToken();
            sum += st.nval;
            isum += (long) st.nval;
        }
        System.out.println(n + " " + sum + " " + isum);
        StringBuilder words = new StringBuilder();
        while (st.nextToken() != StreamTokenizer.TT_EOF) {
            if (st.ttype == StreamTokenizer.TT_WORD) words.append("W(").append(st.sval).append(')');
            else if (st.ttype == StreamTokenizer.TT_NUMBER) words.append("N(").append(st.nval).append(')');
            else words.append("C(").append((char) st.ttype).append(')');
        }
        System.out.println(words);
    }
}
