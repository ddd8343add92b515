import java.util.*;

public class Main {
    enum State {
        IDLE, RUNNING, PAUSED, STOPPED;

        State on(String event) {
            return switch (this) {
                case IDLE -> event.equals("start") ? RUNNING : this;
                case RUNNING -> switch (event) {
                    case "pause" -> PAUSED;
                    case "stop" -> STOPPED;
                    default -> this;
                };
                case PAUSED -> event.equals("resume") ? RUNNING : event.equals("stop") ? STOPPED : this;
                case STOPPED -> throw new IllegalStateException("machine stopped, got '" + event + "'");
            };
        }
    }

    enum Level { LOW, MEDIUM, HIGH, CRITICAL }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        State s = State.IDLE;
        EnumMap<State, Integer> visits = new EnumMap<>(State.class);
        visits.put(s, 1);
        while (sc.hasNext()) {
            String ev = sc.next();
            try {
                State n = s.on(ev);
                System.out.println(s + " --" + ev + "--> " + n);
                s = n;
                visits.merge(s, 1, Integer::sum);
            } catch (IllegalStateException e) {
                System.out.println("error: " + e.getMessage());
            }
        }
        System.out.println(visits);
        System.out.println(EnumSet.range(Level.MEDIUM, Level.CRITICAL) + " " + Level.valueOf("HIGH").compareTo(Level.LOW) + " " + Level.values().length);
        Map<Level, String> tm = new TreeMap<>(Comparator.reverseOrder());
        for (Level l : Level.values()) tm.put(l, l.name().toLowerCase());
        System.out.println(tm);
    }
}
