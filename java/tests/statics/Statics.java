// Static members reached through subclasses, the class initialised by each use
// (JLS 12.4.1), and code no entry point reaches, which is never compiled.
class Log {
    static int order;

    static void mark(int digit) {
        order = order * 10 + digit;
    }
}

class Base {
    static int inherited = 5;

    static {
        Log.mark(1);
    }

    static int twice(int x) {
        return 2 * x;
    }
}

class Derived extends Base {
    static int own = 7;

    static {
        Log.mark(2);
    }
}

interface Constants {
    int LIMIT = 40;
    int[] TABLE = table();

    static int[] table() {
        Log.mark(3);
        return new int[] {3, 1, 4, 1, 5};
    }
}

class User implements Constants {
    static {
        Log.mark(4);
    }

    static int use(int i) {
        return TABLE[i] + LIMIT;
    }
}

class Unreached {
    // Strings and System.out are not compiled yet; nothing reaches this.
    static void greet(String who) {
        System.out.println("hello " + who);
    }
}

public class Statics {
    static int fieldThroughSubclass(int unused) {
        Log.order = 0;
        int v = Derived.inherited;
        return Log.order * 100 + v;
    }

    static int methodThroughSubclass(int x) {
        return Derived.twice(x) * 1000 + Log.order;
    }

    static int subclassFirstUse(int unused) {
        return Derived.own * 10000 + Log.order;
    }

    static int interfaceField(int i) {
        int before = Log.order;
        int v = User.use(i);
        return v * 1_000_000 + (Log.order - before * 100);
    }

    // Not an entry point: it takes a String.
    static void neverCalled(String who) {
        Unreached.greet(who);
    }
}
