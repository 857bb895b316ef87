package org.kinetix4j.env.spaces;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.random.RandomGenerator;

/**
 * A record of named sub-spaces in a fixed order (Gymnasium's {@code Dict}); its values are
 * {@code Map<String, ?>} with the same keys. A dict has no single shape or element type: {@link #shape()} and
 * {@link #dtype()} throw, and {@link #size()} is the total element count over all entries.
 */
public final class DictSpace implements Space {
    private final Map<String, Space> spaces;

    /**
     * A dict of the given entries, in their iteration order.
     *
     * @throws IllegalArgumentException if a key or a space is null
     */
    public DictSpace(LinkedHashMap<String, Space> spaces) {
        if (spaces == null) {
            throw new IllegalArgumentException("spaces must not be null");
        }
        LinkedHashMap<String, Space> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Space> e : spaces.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new IllegalArgumentException("null key or space in " + spaces);
            }
            copy.put(e.getKey(), e.getValue());
        }
        this.spaces = Collections.unmodifiableMap(copy);
    }

    /** The entries, in order (unmodifiable). */
    public Map<String, Space> spaces() {
        return spaces;
    }

    /**
     * The sub-space called {@code key}.
     *
     * @throws IllegalArgumentException naming the known keys if there is none
     */
    public Space get(String key) {
        Space space = spaces.get(key);
        if (space == null) {
            throw new IllegalArgumentException("no entry " + key + " in " + spaces.keySet());
        }
        return space;
    }

    /** Unsupported: a dict's entries have different shapes. */
    @Override
    public int[] shape() {
        throw new UnsupportedOperationException("a DictSpace has no single shape; see spaces()");
    }

    /** Unsupported: a dict's entries have different element types. */
    @Override
    public DType dtype() {
        throw new UnsupportedOperationException("a DictSpace has no single dtype; see spaces()");
    }

    /** Total number of elements over all entries. */
    @Override
    public int size() {
        int size = 0;
        for (Space space : spaces.values()) {
            size += space.size();
        }
        return size;
    }

    @Override
    public boolean contains(Object value) {
        if (!(value instanceof Map<?, ?> map) || !map.keySet().equals(spaces.keySet())) {
            return false;
        }
        for (Map.Entry<String, Space> e : spaces.entrySet()) {
            if (!e.getValue().contains(map.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** A fresh insertion-ordered map with one sample per entry, drawn in entry order. */
    @Override
    public Object sample(RandomGenerator rng) {
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Space> e : spaces.entrySet()) {
            out.put(e.getKey(), e.getValue().sample(rng));
        }
        return out;
    }

    /** Equal when the entries are equal and in the same order. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DictSpace d && spaces.equals(d.spaces)
                && spaces.keySet().stream().toList().equals(d.spaces.keySet().stream().toList());
    }

    @Override
    public int hashCode() {
        return spaces.hashCode();
    }

    /** Gymnasium style: {@code Dict('a': Discrete(2), 'b': ...)}. */
    @Override
    public String toString() {
        StringJoiner joiner = new StringJoiner(", ", "Dict(", ")");
        for (Map.Entry<String, Space> e : spaces.entrySet()) {
            joiner.add("'" + e.getKey() + "': " + e.getValue());
        }
        return joiner.toString();
    }
}
