package java.security;

/**
 * Patch: no seed source (the JDK's reads the operating system's); a program
 * that asks for entropy fails with a message that says so.
 */
@jdk.internal.oa.Patch
public class SecureRandom extends java.util.Random {
    public static byte[] getSeed(int numBytes) {
        throw new UnsupportedOperationException("SecureRandom has no seed source in the sandbox");
    }
}
