import java.util.*;

public class Main {
    static class Node {
        int val;
        Node left, right;
        Node(int v) { val = v; }
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        Node root = new Node(sc.nextInt());
        root.left = new Node(sc.nextInt());
        System.out.println("root " + root.val + " left " + root.left.val);
        System.out.println("right " + root.right.val);
    }
}
