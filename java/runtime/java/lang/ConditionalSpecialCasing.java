package java.lang;

import java.util.Locale;

/**
 * Patch: Greek final sigma without `BreakIterator` (whose locale data the
 * library would load at run time). The condition is Unicode's Final_Sigma:
 * a cased letter before, with case-ignorable characters between, and none
 * after.
 */
@jdk.internal.oa.Patch
final class ConditionalSpecialCasing {
    private static boolean isFinalCased(String src, int index, Locale locale) {
        int i = index - 1;
        while (i >= 0 && isCaseIgnorable(src.codePointAt(i))) {
            i--;
        }
        if (i < 0 || !isCased(src.codePointAt(i))) {
            return false;
        }
        int j = index + 1;
        while (j < src.length() && isCaseIgnorable(src.codePointAt(j))) {
            j++;
        }
        return j >= src.length() || !isCased(src.codePointAt(j));
    }

    private static boolean isCased(int ch) {
        return Character.isLowerCase(ch) || Character.isUpperCase(ch) || Character.isTitleCase(ch);
    }

    private static boolean isCaseIgnorable(int ch) {
        int type = Character.getType(ch);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT
                || type == Character.MODIFIER_LETTER
                || type == Character.MODIFIER_SYMBOL
                || ch == '\'' || ch == '.' || ch == ':' || ch == 0x00B7 || ch == 0x2019;
    }
}
