sealed interface Expr permits Num, Add, Mul, Neg {}
record Num(long v) implements Expr {}
record Add(Expr l, Expr r) implements Expr {}
record Mul(Expr l, Expr r) implements Expr {}
record Neg(Expr e) implements Expr {}

sealed abstract class Vehicle permits Car, Truck {
    abstract int wheels();
}
final class Car extends Vehicle { int wheels() { return 4; } }
non-sealed class Truck extends Vehicle { int wheels() { return 18; } }
class Pickup extends Truck { int wheels() { return 4; } }

public class Main {
    static long eval(Expr e) {
        if (e instanceof Num n) return n.v();
        if (e instanceof Add a) return eval(a.l()) + eval(a.r());
        if (e instanceof Mul m) return eval(m.l()) * eval(m.r());
        if (e instanceof Neg g) return -eval(g.e());
        throw new AssertionError();
    }

    static String show(Expr e) {
        if (e instanceof Num n) return Long.toString(n.v());
        if (e instanceof Add a) return "(" + show(a.l()) + " + " + show(a.r()) + ")";
        if (e instanceof Mul m) return show(m.l()) + " * " + show(m.r());
        Neg g = (Neg) e;
        return "-" + show(g.e());
    }

    public static void main(String[] args) {
        Expr e = new Mul(new Add(new Num(2), new Num(3)), new Neg(new Num(7)));
        System.out.println(show(e) + " = " + eval(e));
        System.out.println(e);
        Vehicle[] vs = {new Car(), new Truck(), new Pickup()};
        for (Vehicle v : vs) System.out.println(v.getClass().getName() + " " + v.wheels() + " " + (v instanceof Truck));
        System.out.println(Expr.class.isSealed() + " " + Expr.class.getPermittedSubclasses().length);
    }
}
