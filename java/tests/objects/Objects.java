// Classes, constructors, fields, inheritance and virtual calls: what stage 2 of
// the compiler translates so far. Static entry points return numbers.
abstract class Shape {
    static int made;
    final int id;

    Shape() {
        id = ++made;
    }

    abstract long area();

    long scaled(int k) {
        return area() * k + id;
    }

    int sides() {
        return 0;
    }
}

class Rect extends Shape {
    final int w, h;

    Rect(int w, int h) {
        this.w = w;
        this.h = h;
    }

    long area() {
        return (long) w * h;
    }

    int sides() {
        return 4;
    }
}

class Square extends Rect {
    static int squares;

    static {
        squares = 100;
    }

    Square(int side) {
        super(side, side);
        squares++;
    }

    int sides() {
        return super.sides() + 0;
    }

    long scaled(int k) {
        return super.scaled(k) * 2;
    }
}

class Triangle extends Shape {
    private final int base, height;

    Triangle(int base, int height) {
        this.base = base;
        this.height = height;
    }

    long area() {
        return half((long) base * height);
    }

    private long half(long x) {
        return x / 2;
    }

    int sides() {
        return 3;
    }
}

class Node {
    int value;
    Node next;

    Node(int value, Node next) {
        this.value = value;
        this.next = next;
    }
}

class Tree {
    Tree left, right;
    int key, size = 1;

    Tree(int key) {
        this.key = key;
    }

    void insert(int k) {
        size++;
        if (k < key) {
            if (left == null) left = new Tree(k);
            else left.insert(k);
        } else {
            if (right == null) right = new Tree(k);
            else right.insert(k);
        }
    }

    int height() {
        int l = left == null ? 0 : left.height();
        int r = right == null ? 0 : right.height();
        return 1 + (l > r ? l : r);
    }

    long sumBelow(int limit) {
        long s = key < limit ? key : 0;
        if (left != null) s += left.sumBelow(limit);
        if (right != null && key < limit) s += right.sumBelow(limit);
        return s;
    }
}

class Counter {
    private int count;
    private final int step;

    Counter(int step) {
        this.step = step;
    }

    Counter add() {
        count += step;
        return this;
    }

    int get() {
        return count;
    }
}

class Point {
    final double x, y;

    Point(double x, double y) {
        this.x = x;
        this.y = y;
    }

    Point plus(Point o) {
        return new Point(x + o.x, y + o.y);
    }

    double norm2() {
        return x * x + y * y;
    }
}

public class Objects {
    static long shapes(int n) {
        Shape[] all = new Shape[n];
        for (int i = 0; i < n; i++) {
            all[i] = switch (i % 3) {
                case 0 -> new Rect(i + 1, i + 2);
                case 1 -> new Square(i + 1);
                default -> new Triangle(i + 3, i + 1);
            };
        }
        long total = 0;
        for (Shape s : all) total += s.scaled(3) * 10 + s.sides();
        return total;
    }

    static int squaresMade(int n) {
        for (int i = 0; i < n; i++) new Square(i);
        return Square.squares;
    }

    static int listSum(int n) {
        Node head = null;
        for (int i = 1; i <= n; i++) head = new Node(i * i % 97, head);
        int sum = 0, length = 0;
        for (Node p = head; p != null; p = p.next) {
            sum += p.value;
            length++;
        }
        return sum * 1000 + length;
    }

    static int reverseList(int n) {
        Node head = null;
        for (int i = 0; i < n; i++) head = new Node(i, head);
        Node prev = null;
        while (head != null) {
            Node next = head.next;
            head.next = prev;
            prev = head;
            head = next;
        }
        int checksum = 0;
        for (Node p = prev; p != null; p = p.next) checksum = checksum * 31 + p.value;
        return checksum;
    }

    static long tree(int n, int seed) {
        Tree root = new Tree(seed % 1000);
        int x = seed;
        for (int i = 1; i < n; i++) {
            x = x * 1103515245 + 12345;
            root.insert((x >>> 8) % 1000);
        }
        return root.height() * 1_000_000L + root.size * 1000L + root.sumBelow(500) % 1000;
    }

    static int counter(int n) {
        Counter c = new Counter(3);
        for (int i = 0; i < n; i++) c.add().add();
        return c.get();
    }

    static double points(int n) {
        Point p = new Point(0, 0);
        for (int i = 1; i <= n; i++) p = p.plus(new Point(1.0 / i, -0.5 / i));
        return p.norm2();
    }

    static int casts(int n) {
        Object[] things = new Object[n];
        for (int i = 0; i < n; i++) things[i] = i % 2 == 0 ? new Rect(i, 1) : new Node(i, null);
        int rects = 0, values = 0;
        for (Object o : things) {
            if (o instanceof Rect r) rects += r.w;
            if (o instanceof Shape) rects++;
            if (o instanceof Node) values += ((Node) o).value;
        }
        return rects * 1000 + values;
    }

    static int identity(int n) {
        Node a = new Node(n, null), b = new Node(n, null), c = a;
        return (a == b ? 1 : 0) + (a == c ? 2 : 0) + (a.next == null ? 4 : 0) + (a != b ? 8 : 0);
    }
}
