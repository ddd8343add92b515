package sun.text;

/** Patch: Unicode normalisation data is not available (see ICUBinary's patch). */
@jdk.internal.oa.Patch
public final class Normalizer {
    public static final int getCombiningClass(int ch) {
        throw new UnsupportedOperationException("Unicode normalisation data is not available");
    }
}
