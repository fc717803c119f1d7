package cn.zoneflow.domain.application.projectimport;

import java.util.List;

/**
 * An import that wrote nothing: either the file itself was refused (not a template, too big, empty, …), named by
 * a message key and its arguments, or some rows were wrong, each listed.
 */
public class ImportRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;
    private final transient List<RowError> rowErrors;

    private ImportRefusedException(String messageKey, Object[] arguments, List<RowError> rowErrors) {
        super(messageKey + (rowErrors.isEmpty() ? "" : " (" + rowErrors.size() + " wrong cells)"));
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.rowErrors = List.copyOf(rowErrors);
    }

    public static ImportRefusedException file(String messageKey, Object... arguments) {
        return new ImportRefusedException(messageKey, arguments, List.of());
    }

    public static ImportRefusedException rows(List<RowError> errors) {
        return new ImportRefusedException("import.rowsWrong", new Object[] {errors.size()}, errors);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public List<RowError> rowErrors() {
        return rowErrors;
    }
}
