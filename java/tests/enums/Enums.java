// Enums: constants in order, values() (a clone of the constants' array),
// ordinal, compareTo, switch statements and expressions, fields, constructors
// and constant-specific bodies.
enum Planet {
    MERCURY(3303, 2439), VENUS(48690, 6052), EARTH(59760, 6378);

    final int mass, radius;

    Planet(int mass, int radius) {
        this.mass = mass;
        this.radius = radius;
    }

    long gravity() {
        return (long) mass * 1000 / radius;
    }
}

enum Op {
    ADD {
        int apply(int a, int b) {
            return a + b;
        }
    },
    MUL {
        int apply(int a, int b) {
            return a * b;
        }
    },
    SUB {
        int apply(int a, int b) {
            return a - b;
        }
    };

    abstract int apply(int a, int b);
}

enum Day {
    MON, TUE, WED, THU, FRI, SAT, SUN;

    static Day[] valuesCopy() {
        return values().clone();
    }
}

public class Enums {
    static long planets(int unused) {
        long sum = 0;
        for (Planet p : Planet.values()) sum = sum * 10 + p.ordinal() + p.gravity() % 7;
        return sum;
    }

    static int ops(int a) {
        int r = a;
        for (Op op : Op.values()) r = op.apply(r, 3);
        return r * 10 + Op.values().length;
    }

    static int days(int i) {
        Day d = Day.values()[i];
        int kind = switch (d) {
            case SAT, SUN -> 1;
            case FRI -> 2;
            default -> 3;
        };
        switch (d) {
            case MON:
                kind += 10;
                break;
            case WED:
                kind += 20;
                break;
            default:
                kind += 30;
        }
        return kind * 100 + d.compareTo(Day.WED) + (d == Day.valuesCopy()[i] ? 5 : 0);
    }

    static int copies(int unused) {
        Day[] a = Day.values(), b = Day.values();
        a[0] = Day.SUN;
        return (a == b ? 1 : 0) + (b[0] == Day.MON ? 10 : 0) + a.length * 100;
    }
}
