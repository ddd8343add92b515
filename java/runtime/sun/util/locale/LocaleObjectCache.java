package sun.util.locale;

import java.util.HashMap;

/**
 * Patch: a plain map in place of the JDK's concurrent map of soft references.
 * One thread runs and nothing is collected from a cache, so each key still
 * gives one object, made once.
 */
@jdk.internal.oa.Patch
public abstract class LocaleObjectCache<K, V> {
    private HashMap<K, V> table;

    public LocaleObjectCache() {
        table = new HashMap<>();
    }

    public LocaleObjectCache(int initialCapacity, float loadFactor, int concurrencyLevel) {
        table = new HashMap<>();
    }

    public V get(K key) {
        V value = table.get(key);
        if (value == null) {
            key = normalizeKey(key);
            V made = createObject(key);
            if (key == null || made == null) {
                return null;
            }
            value = table.get(key);
            if (value == null) {
                table.put(key, made);
                value = made;
            }
        }
        return value;
    }

    protected V put(K key, V value) {
        return table.put(key, value);
    }

    protected abstract V createObject(K key);

    protected K normalizeKey(K key) {
        return key;
    }
}
