package cn.zoneflow.domain.model.document;

/** A document that is a submitted step's record, or no step's evidence, cannot be removed. */
public class DocumentSubmittedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String fileName;

    public DocumentSubmittedException(String fileName) {
        super("document " + fileName + " belongs to a submitted step or to none");
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
