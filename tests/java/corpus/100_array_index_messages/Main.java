import java.util.*;

public class Main {
    public static void main(String[] args) {
        int[] a = new int[3];
        try { a[5] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { a[-1] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { System.out.println((new long[0])[0]); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { "abc".charAt(10); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { "abc".charAt(-1); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { "abc".substring(2, 10); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { "abc".substring(4); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { "abc".substring(2, 1); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { new ArrayList<>(List.of(1, 2)).get(2); } catch (IndexOutOfBoundsException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        try { new LinkedList<>(List.of(1, 2)).get(5); } catch (IndexOutOfBoundsException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        try { List.of(1, 2).get(3); } catch (IndexOutOfBoundsException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        try { Arrays.asList(1, 2).get(2); } catch (IndexOutOfBoundsException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        try { System.arraycopy(a, 0, new int[2], 0, 3); } catch (IndexOutOfBoundsException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        try { Arrays.copyOfRange(a, 4, 5); } catch (IndexOutOfBoundsException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        try { new int[-1].clone(); } catch (NegativeArraySizeException e) { System.out.println("NegativeArraySizeException: " + e.getMessage()); }
        try { Object[] objs = new String[1]; objs[0] = 1; } catch (ArrayStoreException e) { System.out.println("ArrayStoreException: " + e.getMessage()); }
        try { int[] big = new int[Integer.MAX_VALUE]; System.out.println(big.length); } catch (OutOfMemoryError e) { System.out.println("OutOfMemoryError: " + e.getMessage()); }
        int[][] grid = new int[2][2];
        System.out.println("now uncaught");
        grid[1][2] = 5;
    }
}
