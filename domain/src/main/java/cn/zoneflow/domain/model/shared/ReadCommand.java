package cn.zoneflow.domain.model.shared;

import java.util.List;

/**
 * A command as the edge (a screen, the JSON mapping, an import line) could read it: its typed values, with a
 * value left empty wherever the text could not be read, and the problems with those fields. The use case goes on
 * to check the rest, so that one answer names every wrong field.
 */
public record ReadCommand<C>(C command, List<FieldError> unreadable) {

    public ReadCommand {
        unreadable = List.copyOf(unreadable);
    }

    public static <C> ReadCommand<C> of(C command, Refusals reading) {
        return new ReadCommand<>(command, reading.errors());
    }

    /** A command the edge holds as typed values already (a screen's selections), with nothing it could not read. */
    public static <C> ReadCommand<C> whole(C command) {
        return new ReadCommand<>(command, List.of());
    }
}
