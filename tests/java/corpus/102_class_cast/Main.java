import java.util.*;

public class Main {
    static class Animal {}
    static class Dog extends Animal {}
    static class Cat extends Animal {}

    public static void main(String[] args) {
        Object o = Integer.valueOf(5);
        try {
            String s = (String) o;
            System.out.println(s);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        Animal a = new Dog();
        try {
            Cat c = (Cat) a;
            System.out.println(c);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        List raw = new ArrayList();
        raw.add("text");
        @SuppressWarnings("unchecked") List<Integer> ints = raw;
        try {
            int x = ints.get(0);
            System.out.println(x);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        Object arr = new int[3];
        try {
            long[] la = (long[]) arr;
            System.out.println(la.length);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        Object[] objs = {1, "two", 3.0};
        System.out.println("uncaught next");
        for (Object ob : objs) {
            Integer i = (Integer) ob;
            System.out.println("int " + i);
        }
    }
}
