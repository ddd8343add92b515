package java.util;

import java.io.IOException;

/**
 * Patch: the date and time conversions (`%t`, `%T`) need time-zone and
 * locale data the sandbox has not; they fail with a message that says so.
 */
@jdk.internal.oa.Patch
public final class Formatter {
    @jdk.internal.oa.Patch
    private class FormatSpecifier {
        private void printDateTime(Object arg, Locale l) throws IOException {
            throw new UnsupportedOperationException("date and time conversions (%t) are not supported");
        }
    }
}
