import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        List<Integer> xs = new ArrayList<>();
        while (sc.hasNextInt()) xs.add(sc.nextInt());
        int sameRef = 0, sameVal = 0;
        for (int i = 0; i < xs.size(); i++)
            for (int j = i + 1; j < xs.size(); j++) {
                if (xs.get(i) == xs.get(j)) sameRef++;
                if (xs.get(i).equals(xs.get(j))) sameVal++;
            }
        System.out.println("pairs equal by == : " + sameRef + ", by equals: " + sameVal);
        Map<Integer, Integer> pos = new HashMap<>();
        for (int i = 0; i < xs.size(); i++) pos.put(xs.get(i), i);
        System.out.println(pos);
        Stack<Integer> st = new Stack<>();
        for (int x : xs) st.push(x);
        System.out.println(st + " peek " + st.peek() + " search(1000) " + st.search(1000) + " " + st.get(0));
        Vector<Integer> v = new Vector<>(xs.subList(0, 3));
        System.out.println(v + " " + v.firstElement() + " " + v.elementAt(1));
        Hashtable<String, Integer> ht = new Hashtable<>();
        for (String s : new String[]{"one", "two", "three", "four", "five"}) ht.put(s, s.length());
        System.out.println(ht);
    }
}
