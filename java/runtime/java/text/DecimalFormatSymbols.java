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

    public DecimalFormatSymbols(Locale locale) {
        initialize(locale);
    }

    /** The JDK's asks the locale-data providers (`Scanner` calls it). */
    public static final DecimalFormatSymbols getInstance(Locale locale) {
        if (locale == null) {
            throw new NullPointerException();
        }
        return new DecimalFormatSymbols(locale);
    }

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

    private transient java.util.Currency currency;
    private transient volatile int hashCode;
    private int serialVersionOnStream;

    /** The JDK's is `Object.clone()`, which oa does not implement yet for objects. */
    public Object clone() {
        DecimalFormatSymbols copy = new DecimalFormatSymbols(locale);
        copy.zeroDigit = zeroDigit;
        copy.groupingSeparator = groupingSeparator;
        copy.decimalSeparator = decimalSeparator;
        copy.perMill = perMill;
        copy.percent = percent;
        copy.digit = digit;
        copy.patternSeparator = patternSeparator;
        copy.infinity = infinity;
        copy.NaN = NaN;
        copy.minusSign = minusSign;
        copy.currencySymbol = currencySymbol;
        copy.intlCurrencySymbol = intlCurrencySymbol;
        copy.monetarySeparator = monetarySeparator;
        copy.exponential = exponential;
        copy.exponentialSeparator = exponentialSeparator;
        copy.perMillText = perMillText;
        copy.percentText = percentText;
        copy.minusSignText = minusSignText;
        copy.monetaryGroupingSeparator = monetaryGroupingSeparator;
        copy.currency = currency;
        copy.currencyInitialized = currencyInitialized;
        copy.hashCode = hashCode;
        copy.serialVersionOnStream = serialVersionOnStream;
        return copy;
    }
}
