package java.text;

import java.util.Locale;

/**
 * Patch: English (en_US) number patterns for every locale, as CLDR gives
 * them, without the locale-data providers.
 */
@jdk.internal.oa.Patch
public abstract class NumberFormat extends Format {
    private static final int NUMBERSTYLE = 0;
    private static final int CURRENCYSTYLE = 1;
    private static final int PERCENTSTYLE = 2;
    private static final int SCIENTIFICSTYLE = 3;
    private static final int INTEGERSTYLE = 4;

    public native void setMaximumFractionDigits(int newValue);

    public native void setParseIntegerOnly(boolean value);

    public enum Style {
        SHORT, LONG
    }

    private static NumberFormat getInstance(Locale desiredLocale, Style formatStyle, int choice) {
        String pattern;
        switch (choice) {
            case CURRENCYSTYLE:
                pattern = "\u00A4#,##0.00";
                break;
            case PERCENTSTYLE:
                pattern = "#,##0%";
                break;
            case SCIENTIFICSTYLE:
                pattern = "#E0";
                break;
            default:
                pattern = "#,##0.###";
        }
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(desiredLocale));
        if (choice == INTEGERSTYLE) {
            format.setMaximumFractionDigits(0);
            format.setDecimalSeparatorAlwaysShown(false);
            format.setParseIntegerOnly(true);
        }
        return format;
    }
}
