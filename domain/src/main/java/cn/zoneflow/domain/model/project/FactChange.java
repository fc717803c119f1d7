package cn.zoneflow.domain.model.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One fact a correction changed: which (by its field name), as it read before and as it reads now. */
@Embeddable
public class FactChange {

    public static final int VALUE_MAX_LENGTH = 255;

    @Column(name = "fact", nullable = false, length = 40)
    private String field;

    @Column(name = "value_before", length = VALUE_MAX_LENGTH)
    private String before;

    @Column(name = "value_after", length = VALUE_MAX_LENGTH)
    private String after;

    protected FactChange() {
    }

    public FactChange(String field, String before, String after) {
        this.field = Objects.requireNonNull(field);
        this.before = before;
        this.after = after;
    }

    public String field() {
        return field;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FactChange change && change.field.equals(field)
                && Objects.equals(change.before, before) && Objects.equals(change.after, after);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, before, after);
    }

    @Override
    public String toString() {
        return field + ": " + before + " → " + after;
    }
}
