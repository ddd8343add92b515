
/**
 * A whole program: `main` run by the module's `_start`, output through WASI,
 * Object's methods dispatched on objects and arrays, identity hashes and
 * System.arraycopy; it ends with System.exit(3).
 */
public class Main {
    static final class Point {
        final int x;
        final int y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public String toString() {
            return "a point";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Point && ((Point) o).x == x && ((Point) o).y == y;
        }

        @Override
        public int hashCode() {
            return 31 * x + y;
        }
    }

    static void print(int[] a) {
        for (int v : a) {
            System.out.print(v);
            System.out.print(" ");
        }
        System.out.println();
    }

    public static void main(String[] args) {
        System.out.println(args.length);
        Object p = new Point(3, 4);
        System.out.println(p);
        System.out.println(p.equals(new Point(3, 4)));
        System.out.println(p.equals(new Point(4, 3)));
        System.out.println(p.hashCode());
        Object plain = new Object();
        System.out.println(plain.equals(plain));
        System.out.println(plain.equals(new Object()));
        System.out.println(plain.hashCode() == plain.hashCode());
        System.out.println(plain.hashCode() == System.identityHashCode(plain));
        System.out.println(p.hashCode() == System.identityHashCode(p));
        System.out.println(System.identityHashCode(null));

        int[] a = {1, 2, 3, 4, 5};
        System.arraycopy(a, 0, a, 1, 4);
        print(a);
        System.arraycopy(a, 2, a, 0, 3);
        print(a);
        long[] wide = new long[3];
        System.arraycopy(new long[] {-7, 8}, 0, wide, 1, 2);
        System.out.println(wide[0] + wide[1] * 10 + wide[2] * 100);
        Object array = a;
        System.out.println(array.equals(a));
        System.out.println(array.equals(new int[] {1}));
        System.out.println(array.hashCode() == System.identityHashCode(a));
        String[] words = {"x", "y", "z"};
        Object[] copy = new Object[3];
        System.arraycopy(words, 0, copy, 0, 3);
        System.out.println((String) copy[2]);
        System.exit(3);
    }
}
