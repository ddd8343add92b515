package jdk.internal.icu.impl;

import java.nio.ByteBuffer;

/**
 * Patch: ICU's data files (normalisation, special casing for Lithuanian) are
 * read from the module image by the class loader, which oa has not; the
 * library's ordinary case mapping does not need them.
 */
@jdk.internal.oa.Patch
public final class ICUBinary {
    public static ByteBuffer getRequiredData(String itemPath) {
        throw new UnsupportedOperationException("Unicode normalisation data (" + itemPath + ") is not available");
    }
}
