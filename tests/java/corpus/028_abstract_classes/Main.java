import java.util.*;

abstract class Employee implements Comparable<Employee> {
    private static int nextId = 1;
    protected final int id;
    protected final String name;
    Employee(String name) { this.name = name; this.id = nextId++; }
    abstract double monthlyPay();
    String title() { return getClass().getSimpleName(); }
    public int compareTo(Employee o) { return Double.compare(o.monthlyPay(), monthlyPay()); }
    @Override public String toString() { return String.format("#%d %-8s %-10s %10.2f", id, name, title(), monthlyPay()); }
}

class Salaried extends Employee {
    private final double annual;
    Salaried(String n, double annual) { super(n); this.annual = annual; }
    double monthlyPay() { return annual / 12; }
}

class Hourly extends Employee {
    private final double rate; private final int hours;
    Hourly(String n, double rate, int hours) { super(n); this.rate = rate; this.hours = hours; }
    double monthlyPay() {
        int overtime = Math.max(0, hours - 160);
        return rate * (hours - overtime) + rate * 1.5 * overtime;
    }
}

class Manager extends Salaried {
    private final List<Employee> reports = new ArrayList<>();
    Manager(String n, double annual) { super(n, annual); }
    void add(Employee e) { reports.add(e); }
    @Override double monthlyPay() { return super.monthlyPay() + 100 * reports.size(); }
    @Override String title() { return "Mgr(" + reports.size() + ")"; }
}

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        List<Employee> all = new ArrayList<>();
        Manager boss = null;
        while (sc.hasNext()) {
            String type = sc.next(), name = sc.next();
            Employee e;
            switch (type) {
                case "S": e = new Salaried(name, sc.nextDouble()); break;
                case "H": e = new Hourly(name, sc.nextDouble(), sc.nextInt()); break;
                default: boss = new Manager(name, sc.nextDouble()); e = boss;
            }
            if (boss != null && e != boss) boss.add(e);
            all.add(e);
        }
        Collections.sort(all);
        all.forEach(System.out::println);
        double total = all.stream().mapToDouble(Employee::monthlyPay).sum();
        System.out.printf("total %.2f%n", total);
    }
}
