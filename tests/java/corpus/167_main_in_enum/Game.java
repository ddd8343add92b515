import java.util.*;

enum Game {
    ROCK, PAPER, SCISSORS;

    boolean beats(Game o) { return (ordinal() + 2) % 3 == o.ordinal(); }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int[] score = new int[2];
        while (sc.hasNext()) {
            Game a = valueOf(sc.next().toUpperCase()), b = valueOf(sc.next().toUpperCase());
            String res = a == b ? "draw" : a.beats(b) ? "left wins" : "right wins";
            if (a.beats(b)) score[0]++;
            else if (b.beats(a)) score[1]++;
            System.out.println(a + " vs " + b + ": " + res);
        }
        System.out.println("score " + score[0] + "-" + score[1]);
    }
}
