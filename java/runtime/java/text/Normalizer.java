package java.text;

/** Patch: Unicode normalisation data is not available (see ICUBinary's patch). */
@jdk.internal.oa.Patch
public final class Normalizer {
    public static String normalize(CharSequence src, Form form) {
        throw new UnsupportedOperationException("Unicode normalisation is not available");
    }

    public static boolean isNormalized(CharSequence src, Form form) {
        throw new UnsupportedOperationException("Unicode normalisation is not available");
    }

    public static enum Form {
        NFD, NFC, NFKD, NFKC
    }
}
