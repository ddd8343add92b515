package java.lang;

/**
 * Patch: the Unicode character names (`Character.getName`) are a compressed
 * resource of the module image, which the sandbox has not.
 */
@jdk.internal.oa.Patch
class CharacterName {
    private CharacterName() {
        throw new UnsupportedOperationException("Unicode character names are not available");
    }
}
