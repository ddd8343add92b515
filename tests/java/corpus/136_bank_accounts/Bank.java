import java.util.*;

class InsufficientFunds extends RuntimeException {
    InsufficientFunds(String id, long need, long have) {
        super(String.format("account %s: need %d.%02d, have %d.%02d", id, need / 100, need % 100, have / 100, have % 100));
    }
}

abstract class Account {
    private static int opened = 0;
    protected final String id;
    protected long cents;
    protected final List<String> history = new ArrayList<>();
    Account(String id) { this.id = id; opened++; }
    static int opened() { return opened; }
    void deposit(long c) {
        if (c <= 0) throw new IllegalArgumentException("deposit must be positive");
        cents += c;
        history.add("+" + c);
    }
    void withdraw(long c) {
        if (c > cents + overdraft()) throw new InsufficientFunds(id, c, cents);
        cents -= c;
        history.add("-" + c);
    }
    long overdraft() { return 0; }
    abstract void monthEnd();
    @Override public String toString() {
        return String.format("%-8s %-10s %s%d.%02d", id, getClass().getSimpleName(), cents < 0 ? "-" : "", Math.abs(cents) / 100, Math.abs(cents) % 100);
    }
}

class Checking extends Account {
    Checking(String id) { super(id); }
    @Override long overdraft() { return 50_00; }
    void monthEnd() { if (cents < 0) { cents -= 15_00; history.add("fee"); } }
}

class Savings extends Account {
    private final double rate;
    Savings(String id, double rate) { super(id); this.rate = rate; }
    void monthEnd() {
        long interest = Math.round(cents * rate / 12);
        cents += interest;
        history.add("interest " + interest);
    }
}

public class Bank {
    private final Map<String, Account> accounts = new TreeMap<>();

    void run(Scanner sc) {
        while (sc.hasNext()) {
            String cmd = sc.next();
            try {
                switch (cmd) {
                    case "open" -> {
                        String type = sc.next(), id = sc.next();
                        if (accounts.containsKey(id)) throw new IllegalStateException("duplicate account " + id);
                        accounts.put(id, type.equals("savings") ? new Savings(id, sc.nextDouble()) : new Checking(id));
                    }
                    case "dep" -> get(sc.next()).deposit(parseCents(sc.next()));
                    case "wd" -> get(sc.next()).withdraw(parseCents(sc.next()));
                    case "xfer" -> {
                        Account from = get(sc.next()), to = get(sc.next());
                        long c = parseCents(sc.next());
                        from.withdraw(c);
                        to.deposit(c);
                    }
                    case "month" -> accounts.values().forEach(Account::monthEnd);
                    case "show" -> accounts.values().forEach(System.out::println);
                    case "hist" -> { Account a = get(sc.next()); System.out.println(a.id + " " + a.history); }
                    default -> throw new UnsupportedOperationException("unknown command " + cmd);
                }
            } catch (InsufficientFunds | IllegalArgumentException | IllegalStateException | NoSuchElementException | UnsupportedOperationException e) {
                System.out.println("error (" + e.getClass().getSimpleName() + "): " + e.getMessage());
            }
        }
        System.out.println("accounts opened: " + Account.opened());
    }

    Account get(String id) {
        Account a = accounts.get(id);
        if (a == null) throw new NoSuchElementException("no account " + id);
        return a;
    }

    static long parseCents(String s) {
        String[] p = s.split("\\.");
        long c = Long.parseLong(p[0]) * 100;
        if (p.length > 1) c += Long.parseLong((p[1] + "0").substring(0, 2));
        return c;
    }

    public static void main(String[] args) {
        new Bank().run(new Scanner(System.in));
    }
}
