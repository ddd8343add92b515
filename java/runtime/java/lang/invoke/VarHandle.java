package java.lang.invoke;

/**
 * Patch: the compiler makes a VarHandle where the JDK finds one
 * (`findVarHandle(X.class, "f", T.class)` with constants, or
 * `arrayElementVarHandle`), holding the field's offset as `Unsafe` numbers
 * it, or -1 for an array's elements; each access mode compiles to an access
 * at that offset. No method handle is made.
 */
@jdk.internal.oa.Patch
public abstract class VarHandle {
    long oaOffset;

    @Override
    public final String toString() {
        return "VarHandle";
    }
}
