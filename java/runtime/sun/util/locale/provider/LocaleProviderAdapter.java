package sun.util.locale.provider;

import java.util.Locale;
import java.util.spi.LocaleServiceProvider;

/**
 * Patch: there are no locale-data providers. The classes that format with
 * locale data are patched to English (en_US); anything else that asks for
 * locale data fails with a message that says so.
 */
@jdk.internal.oa.Patch
public abstract class LocaleProviderAdapter {
    static {
        // Replaces the JDK's initialiser, which reads the adapter preferences.
        int none = 0;
    }

    public static LocaleProviderAdapter getAdapter(
            Class<? extends LocaleServiceProvider> providerClass, Locale locale) {
        throw new UnsupportedOperationException(
                "locale data (" + providerClass.getName() + " for " + locale + ") is not available");
    }

    public static LocaleProviderAdapter getResourceBundleBased() {
        throw new UnsupportedOperationException("locale data is not available");
    }

    public static LocaleProviderAdapter forJRE() {
        throw new UnsupportedOperationException("locale data is not available");
    }
}
