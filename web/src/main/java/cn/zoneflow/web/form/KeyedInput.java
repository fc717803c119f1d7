package cn.zoneflow.web.form;

import java.io.Serializable;

/**
 * One input of a form that repeats a field per key — an amount per month, a weight per indicator — holding what the
 * user typed under its key.
 */
public final class KeyedInput<K extends Serializable, V extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final K key;
    private V value;

    public KeyedInput(K key, V value) {
        this.key = key;
        this.value = value;
    }

    public K getKey() {
        return key;
    }

    public V getValue() {
        return value;
    }

    public void setValue(V value) {
        this.value = value;
    }
}
