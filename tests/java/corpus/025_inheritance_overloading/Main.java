class Animal {
    String name = "animal";
    static String kind() { return "Animal.kind"; }
    String speak() { return "..."; }
    String intro() { return "I am " + name + " and I say " + speak(); }
}

class Dog extends Animal {
    String name = "dog";
    static String kind() { return "Dog.kind"; }
    @Override String speak() { return "Woof"; }
    String superSpeak() { return super.speak() + "/" + super.name; }
}

class Puppy extends Dog {
    @Override String speak() { return "Yip (" + super.speak() + ")"; }
}

public class Main {
    static String f(int x) { return "int"; }
    static String f(long x) { return "long"; }
    static String f(double x) { return "double"; }
    static String f(Integer x) { return "Integer"; }
    static String f(Object x) { return "Object"; }
    static String f(int... x) { return "varargs"; }

    static String g(long x) { return "g-long"; }
    static String g(Integer x) { return "g-Integer"; }

    static String h(Object o) { return "h-Object"; }
    static String h(String s) { return "h-String"; }

    static String k(Animal a) { return "k-Animal"; }
    static String k(Dog d) { return "k-Dog"; }

    public static void main(String[] args) {
        Animal a = new Dog();
        System.out.println(a.speak() + " " + a.name + " " + ((Dog) a).name);
        System.out.println(a.intro());
        System.out.println(new Puppy().intro());
        System.out.println(((Dog) a).superSpeak());
        System.out.println(Animal.kind() + " " + Dog.kind());
        byte b = 1; short s = 2; char c = 'c'; long l = 4; float fl = 5f;
        System.out.println(f(b) + " " + f(s) + " " + f(c) + " " + f(3) + " " + f(l) + " " + f(fl));
        System.out.println(f(Integer.valueOf(3)) + " " + f("s") + " " + f() + " " + f(1, 2));
        System.out.println(g(5));
        System.out.println(h(null) + " " + h((Object) "x"));
        Animal p = new Puppy();
        System.out.println(k(p) + " " + k(new Puppy()) + " " + k((Dog) p));
        System.out.println(p instanceof Dog ? "is dog" : "not dog");
        System.out.println(p.getClass().getSimpleName() + " " + p.getClass().getSuperclass().getSimpleName());
    }
}
