public class Main {
    public static void main(String[] args) {
        String s = "aZ9 _-\t\u00e9\u0661\u00b2\u2167";
        for (char c : s.toCharArray()) {
            System.out.printf("U+%04X digit=%b letter=%b letterOrDigit=%b alpha=%b upper=%b lower=%b ws=%b space=%b num=%d digitval=%d%n",
                    (int) c, Character.isDigit(c), Character.isLetter(c), Character.isLetterOrDigit(c), Character.isAlphabetic(c),
                    Character.isUpperCase(c), Character.isLowerCase(c), Character.isWhitespace(c), Character.isSpaceChar(c),
                    Character.getNumericValue(c), Character.digit(c, 10));
        }
        System.out.println(Character.toUpperCase('a') + " " + Character.toLowerCase('Q') + " " + Character.toUpperCase('1') + " " + Character.toUpperCase('\u00df') + " " + Character.toTitleCase('x'));
        System.out.println(Character.forDigit(11, 16) + " " + Character.digit('Z', 36) + " " + Character.digit('9', 8) + " " + Character.isDigit('\uFF10'));
        System.out.println(Character.isJavaIdentifierStart('$') + " " + Character.isJavaIdentifierPart('-') + " " + Character.MIN_RADIX + " " + Character.MAX_RADIX);
        System.out.println(Character.toString(97) + Character.toString('b') + " " + Character.valueOf('c').compareTo('a') + " " + Character.getType('A') + " " + Character.isSurrogate('\uD800'));
        System.out.println(Character.isLetter('\u4e2d') + " " + Character.isUpperCase('\u0130') + " " + "\u0130".toLowerCase().length() + " " + "stra\u00dfe".toUpperCase());
        System.out.println(Character.reverseBytes('\u1234') == '\u3412');
        int vowels = 0, consonants = 0, digits = 0, others = 0;
        for (char c : "Programming in Java 17, version 2024!".toCharArray()) {
            if ("aeiouAEIOU".indexOf(c) >= 0) vowels++;
            else if (Character.isLetter(c)) consonants++;
            else if (Character.isDigit(c)) digits++;
            else others++;
        }
        System.out.println(vowels + " " + consonants + " " + digits + " " + others);
    }
}
