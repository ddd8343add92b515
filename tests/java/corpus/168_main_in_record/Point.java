import java.util.*;

record Point(long x, long y) implements Comparable<Point> {
    long cross(Point a, Point b) { return (a.x - x) * (b.y - y) - (a.y - y) * (b.x - x); }

    public int compareTo(Point o) { return x != o.x ? Long.compare(x, o.x) : Long.compare(y, o.y); }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        List<Point> pts = new ArrayList<>();
        for (int i = 0; i < n; i++) pts.add(new Point(sc.nextLong(), sc.nextLong()));
        Collections.sort(pts);
        List<Point> hull = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int start = hull.size();
            for (Point p : pts) {
                while (hull.size() >= start + 2 && hull.get(hull.size() - 2).cross(hull.get(hull.size() - 1), p) <= 0) hull.remove(hull.size() - 1);
                hull.add(p);
            }
            hull.remove(hull.size() - 1);
            Collections.reverse(pts);
        }
        System.out.println("hull " + hull);
        long area2 = 0;
        for (int i = 0; i < hull.size(); i++) {
            Point a = hull.get(i), b = hull.get((i + 1) % hull.size());
            area2 += a.x() * b.y() - b.x() * a.y();
        }
        System.out.println("area " + Math.abs(area2) / 2 + (Math.abs(area2) % 2 == 1 ? ".5" : ".0"));
    }
}
