import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        while (sc.hasNext()) {
            String t = sc.next();
            if (t.endsWith("AM") || t.endsWith("PM")) {
                String[] p = t.substring(0, t.length() - 2).split(":");
                int h = Integer.parseInt(p[0]) % 12 + (t.endsWith("PM") ? 12 : 0);
                System.out.printf("%s -> %02d:%s:%s%n", t, h, p[1], p[2]);
            } else {
                long secs = Long.parseLong(t);
                long d = secs / 86400, h = secs % 86400 / 3600, m = secs % 3600 / 60, s = secs % 60;
                System.out.println(t + "s -> " + (d > 0 ? d + "d " : "") + String.format("%02d:%02d:%02d", h, m, s));
            }
        }
        int dow = dayOfWeek(2024, 2, 29);
        String[] names = {"Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"};
        System.out.println("2024-02-29 is a " + names[dow] + ", 2000-01-01 is a " + names[dayOfWeek(2000, 1, 1)]);
        System.out.println(isLeap(1900) + " " + isLeap(2000) + " " + isLeap(2024) + " " + isLeap(2023));
    }

    static int dayOfWeek(int y, int m, int d) {
        if (m < 3) { m += 12; y--; }
        int k = y % 100, j = y / 100;
        return (d + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;
    }

    static boolean isLeap(int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }
}
