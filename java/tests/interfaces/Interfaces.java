// Interfaces: abstract, default and static methods, constants, inheritance
// between interfaces, the most specific default, and casts to interfaces.
interface Measured {
    int UNIT = 10;

    long size();

    default long sizeInUnits() {
        return size() / UNIT;
    }

    static long total(Measured[] all) {
        long sum = 0;
        for (Measured m : all) sum += m.size();
        return sum;
    }
}

interface Named {
    int code();

    default int describe() {
        return code() * 2;
    }
}

interface Labelled extends Named {
    default int describe() {
        return code() * 3 + Named.super.describe();
    }
}

interface Visitor {
    int visitLeaf(int value);

    int visitPair(int left, int right);
}

abstract class Expr implements Measured {
    abstract int accept(Visitor v);
}

class Leaf extends Expr implements Labelled {
    final int value;

    Leaf(int value) {
        this.value = value;
    }

    int accept(Visitor v) {
        return v.visitLeaf(value);
    }

    public long size() {
        return 1;
    }

    public int code() {
        return value;
    }
}

class Pair extends Expr {
    final Expr left, right;

    Pair(Expr left, Expr right) {
        this.left = left;
        this.right = right;
    }

    int accept(Visitor v) {
        return v.visitPair(left.accept(v), right.accept(v));
    }

    public long size() {
        return 1 + left.size() + right.size();
    }

    public long sizeInUnits() {
        return size() * 100;
    }
}

class Sum implements Visitor {
    public int visitLeaf(int value) {
        return value;
    }

    public int visitPair(int left, int right) {
        return left + right;
    }
}

class Depth implements Visitor {
    public int visitLeaf(int value) {
        return 0;
    }

    public int visitPair(int left, int right) {
        return 1 + (left > right ? left : right);
    }
}

class Weighted extends Sum implements Named {
    public int visitPair(int left, int right) {
        return 2 * left + right;
    }

    public int code() {
        return 7;
    }
}

public class Interfaces {
    static Expr build(int depth, int seed) {
        if (depth == 0) return new Leaf(seed % 10);
        return new Pair(build(depth - 1, seed * 7 + 1), build(depth - 2 < 0 ? 0 : depth - 2, seed * 3 + 2));
    }

    static long visit(int depth) {
        Expr e = build(depth, 1);
        Visitor[] visitors = {new Sum(), new Depth(), new Weighted()};
        long result = 0;
        for (Visitor v : visitors) result = result * 1000 + e.accept(v);
        return result;
    }

    static long measure(int n) {
        Measured[] all = new Measured[n];
        for (int i = 0; i < n; i++) all[i] = i % 2 == 0 ? new Leaf(i) : build(3, i);
        long units = 0;
        for (Measured m : all) units += m.sizeInUnits();
        return Measured.total(all) * 100000 + units + Measured.UNIT;
    }

    static int defaults(int v) {
        Leaf leaf = new Leaf(v);
        Named named = leaf;
        Labelled labelled = leaf;
        Named weighted = new Weighted();
        return named.describe() * 10000 + labelled.describe() * 100 + weighted.describe() + leaf.describe();
    }

    static int casts(int n) {
        Object[] things = {new Leaf(n), new Pair(new Leaf(1), new Leaf(2)), new Sum(), new Weighted(), null};
        int result = 0;
        for (Object o : things) {
            result = result * 2 + (o instanceof Named ? 1 : 0);
            result = result * 2 + (o instanceof Visitor ? 1 : 0);
            result = result * 2 + (o instanceof Measured ? 1 : 0);
            if (o instanceof Named named) result += named.code();
            if (o instanceof Visitor) result += ((Visitor) o).visitLeaf(3);
        }
        return result;
    }
}
