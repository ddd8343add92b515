import java.util.*;

class InsufficientFundsException extends Exception {
    InsufficientFundsException(String msg) { super(msg); }
}

class Account {
    private long balance;
    void deposit(long x) { balance += x; }
    void withdraw(long x) throws InsufficientFundsException {
        if (x > balance) throw new InsufficientFundsException("balance " + balance + " < " + x);
        balance -= x;
    }
    long balance() { return balance; }
}

public class Main {
    public static void main(String[] args) throws Exception {
        Scanner sc = new Scanner(System.in);
        Account acc = new Account();
        while (sc.hasNext()) {
            String op = sc.next();
            long v = sc.nextLong();
            if (op.equals("d")) acc.deposit(v);
            else acc.withdraw(v);
            System.out.println(op + " " + v + " -> " + acc.balance());
        }
    }
}
