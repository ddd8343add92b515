import java.util.*;

public class Main {
    public static void main(String[] args) {
        LinkedList<String> ll = new LinkedList<>();
        ll.add("b"); ll.addFirst("a"); ll.addLast("c"); ll.push("z"); ll.offer("d"); ll.offerFirst("y");
        System.out.println(ll);
        System.out.println(ll.getFirst() + ll.getLast() + ll.peek() + ll.peekLast() + ll.element() + ll.get(2));
        System.out.println(ll.pop() + ll.poll() + ll.pollLast() + ll.removeFirst() + ll.removeLast() + " " + ll);
        ll.addAll(List.of("x", "y", "x"));
        ll.removeFirstOccurrence("x");
        System.out.println(ll + " " + ll.indexOf("x"));
        ll.removeLastOccurrence("x");
        System.out.println(ll);
        Iterator<String> desc = ll.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (desc.hasNext()) sb.append(desc.next());
        System.out.println(sb);
        ll.clear();
        System.out.println(ll.peek() + " " + ll.poll() + " " + ll.pollFirst());
        try {
            ll.getFirst();
        } catch (NoSuchElementException e) {
            System.out.println("NoSuchElementException " + e.getMessage());
        }
        try {
            ll.pop();
        } catch (NoSuchElementException e) {
            System.out.println("pop: " + e.getMessage());
        }
        LinkedList<Integer> nums = new LinkedList<>();
        for (int i = 0; i < 8; i++) nums.add(i);
        ListIterator<Integer> it = nums.listIterator();
        while (it.hasNext()) if (it.next() % 3 == 0) it.remove();
        System.out.println(nums + " " + nums.size());
        while (it.hasPrevious()) System.out.print(it.previous() + (it.hasPrevious() ? "<" : "\n"));
        nums.add(2, 99);
        nums.set(0, -1);
        System.out.println(nums);
    }
}
