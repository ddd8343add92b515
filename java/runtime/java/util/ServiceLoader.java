package java.util;

import java.util.stream.Stream;

/**
 * Patch: no service providers are installed, so every lookup finds none and
 * the library uses its built-in implementations (charsets, locales...), as
 * the JDK does when no module provides the service.
 */
@jdk.internal.oa.Patch
public final class ServiceLoader<S> implements Iterable<S> {
    public static <S> ServiceLoader<S> load(Class<S> service, ClassLoader loader) {
        return new ServiceLoader<>();
    }

    public static <S> ServiceLoader<S> load(Class<S> service) {
        return new ServiceLoader<>();
    }

    public static <S> ServiceLoader<S> loadInstalled(Class<S> service) {
        return new ServiceLoader<>();
    }

    public static <S> ServiceLoader<S> load(ModuleLayer layer, Class<S> service) {
        return new ServiceLoader<>();
    }

    public Iterator<S> iterator() {
        return Collections.emptyIterator();
    }

    public Stream<ServiceLoader.Provider<S>> stream() {
        return Stream.empty();
    }

    public Optional<S> findFirst() {
        return Optional.empty();
    }

    public static interface Provider<S> extends java.util.function.Supplier<S> {}
}
