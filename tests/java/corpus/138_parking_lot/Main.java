import java.util.*;

public class Main {
    enum Size { SMALL, MEDIUM, LARGE }

    static final class Vehicle {
        final String plate;
        final Size size;
        Vehicle(String plate, Size size) { this.plate = plate; this.size = size; }
    }

    static final class Lot {
        private final EnumMap<Size, TreeSet<Integer>> free = new EnumMap<>(Size.class);
        private final Map<String, int[]> parked = new LinkedHashMap<>();
        private long revenue;

        Lot(int s, int m, int l) {
            int id = 1;
            for (Size sz : Size.values()) {
                free.put(sz, new TreeSet<>());
                int count = sz == Size.SMALL ? s : sz == Size.MEDIUM ? m : l;
                for (int i = 0; i < count; i++) free.get(sz).add(id++);
            }
        }

        String park(Vehicle v, int time) {
            if (parked.containsKey(v.plate)) return v.plate + " already parked";
            for (Size sz : Size.values()) {
                if (sz.compareTo(v.size) < 0 || free.get(sz).isEmpty()) continue;
                int spot = free.get(sz).pollFirst();
                parked.put(v.plate, new int[]{spot, sz.ordinal(), time});
                return v.plate + " -> spot " + spot + " (" + sz + ")";
            }
            return v.plate + " rejected: lot full for " + v.size;
        }

        String leave(String plate, int time) {
            int[] info = parked.remove(plate);
            if (info == null) return plate + " not found";
            free.get(Size.values()[info[1]]).add(info[0]);
            int hours = Math.max(1, (time - info[2] + 59) / 60);
            long fee = hours * (2L + info[1]);
            revenue += fee;
            return plate + " leaves spot " + info[0] + " after " + hours + "h, pays " + fee;
        }
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        Lot lot = new Lot(sc.nextInt(), sc.nextInt(), sc.nextInt());
        while (sc.hasNext()) {
            String op = sc.next();
            int t = sc.nextInt();
            if (op.equals("in")) System.out.println(t + ": " + lot.park(new Vehicle(sc.next(), Size.valueOf(sc.next())), t));
            else if (op.equals("out")) System.out.println(t + ": " + lot.leave(sc.next(), t));
            else System.out.println(t + ": parked " + lot.parked.keySet() + " free " + lot.free + " revenue " + lot.revenue);
        }
    }
}
