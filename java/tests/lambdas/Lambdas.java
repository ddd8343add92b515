// Lambdas and method references to functional interfaces of the program's own:
// capturing, bound and unbound receivers, constructors, generics, widening.
interface IntOp {
    int apply(int x);

    default IntOp then(IntOp next) {
        return v -> next.apply(apply(v));
    }
}

interface IntBinOp {
    int apply(int a, int b);
}

interface IntToLong {
    long apply(int x);
}

interface Visitor {
    void visit(int x);
}

interface ToInt<T> {
    int of(T t);
}

interface Maker<T> {
    T make(int arg);
}

class Counter {
    private int count;

    Counter(int start) {
        count = start;
    }

    int addTo(int x) {
        count += x;
        return count;
    }

    int get() {
        return count;
    }
}

class Accumulator {
    int total;

    int run(int[] values) {
        Visitor v = x -> total += x;
        for (int value : values) v.visit(value);
        Visitor twice = this::addTwice;
        twice.visit(1);
        return total;
    }

    private void addTwice(int x) {
        total += 2 * x;
    }
}

public class Lambdas {
    static int add(int a, int b) {
        return a + b;
    }

    static int negate(int x) {
        return -x;
    }

    static long widen(long x) {
        return x * 3;
    }

    static int compose(int x) {
        IntOp inc = v -> v + 1;
        IntOp dbl = v -> v * 2;
        return inc.then(dbl).then(inc).apply(x);
    }

    static int capture(int k) {
        int base = k * 3;
        long big = 1L << 40;
        IntOp f = v -> v * base + k + (int) (big >> 38);
        return f.apply(7);
    }

    static int methodRefs(int x) {
        IntBinOp add = Lambdas::add;
        IntOp neg = Lambdas::negate;
        return neg.apply(add.apply(x, 5));
    }

    static int boundReceiver(int x) {
        Counter c = new Counter(x);
        IntOp f = c::addTo;
        f.apply(10);
        return f.apply(1) * 100 + c.get();
    }

    static int unboundReceiver(int x) {
        ToInt<Counter> get = Counter::get;
        return get.of(new Counter(x)) + get.of(new Counter(x * 2));
    }

    static int constructors(int n) {
        Maker<Counter> make = Counter::new;
        int sum = 0;
        for (int i = 0; i < n; i++) sum += make.make(i).get();
        return sum;
    }

    static long widening(int x) {
        IntToLong f = Lambdas::widen;
        return f.apply(x) + f.apply(-x) * 2;
    }

    static int thisCapture(int n) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) values[i] = i * i;
        return new Accumulator().run(values);
    }

    static int table(int x) {
        IntOp[] ops = {v -> v + 1, v -> v * v, Lambdas::negate, v -> v >> 1};
        int r = x;
        for (IntOp op : ops) r = op.apply(r);
        return r;
    }
}
