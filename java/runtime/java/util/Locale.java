package java.util;

import sun.util.locale.LocaleExtensions;

/**
 * Patch: the default locale is English (en_US), what HotSpot takes
 * from the POSIX locale judges run in (the JDK reads it from system
 * properties that the VM sets).
 */
@jdk.internal.oa.Patch
public final class Locale implements Cloneable, java.io.Serializable {
    private static native Locale getInstance(
            String language, String script, String country, String variant, LocaleExtensions extensions);

    private static Locale initDefault() {
        return getInstance("en", "", "US", "", null);
    }

    private static Locale initDefault(Locale.Category category) {
        return initDefault();
    }

    public enum Category {
        DISPLAY, FORMAT
    }
}
