package java.text;

import java.util.Locale;

/**
 * Patch: the symbols of English (en_US, HotSpot's default under the POSIX
 * locale) for every locale, as CLDR gives them, without the locale-data
 * providers the JDK loads at run time.
 */
@jdk.internal.oa.Patch
public class DecimalFormatSymbols implements Cloneable, java.io.Serializable {
    private char zeroDigit;
    private char groupingSeparator;
    private char decimalSeparator;
    private char perMill;
    private char percent;
    private char digit;
    private char patternSeparator;
    private String infinity;
    private String NaN;
    private char minusSign;
    private String currencySymbol;
    private String intlCurrencySymbol;
    private char monetarySeparator;
    private char exponential;
    private String exponentialSeparator;
    private Locale locale;
    private String perMillText;
    private String percentText;
    private String minusSignText;
    private char monetaryGroupingSeparator;
    private transient volatile boolean currencyInitialized;

    // The JDK's, kept.
    public static final native DecimalFormatSymbols getInstance(Locale locale);

    private void initialize(Locale locale) {
        this.locale = locale;
        decimalSeparator = '.';
        groupingSeparator = ',';
        patternSeparator = ';';
        percent = '%';
        percentText = "%";
        zeroDigit = '0';
        digit = '#';
        minusSign = '-';
        minusSignText = "-";
        exponential = 'E';
        exponentialSeparator = "E";
        perMill = '\u2030';
        perMillText = "\u2030";
        infinity = "\u221E";
        NaN = "NaN";
        monetarySeparator = '.';
        monetaryGroupingSeparator = ',';
        currencySymbol = "$";
        intlCurrencySymbol = "USD";
        currencyInitialized = true;
    }

    private void initializeCurrency(Locale locale) {
        currencyInitialized = true;
    }
}
