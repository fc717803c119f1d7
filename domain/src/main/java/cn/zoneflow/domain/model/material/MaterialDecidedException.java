package cn.zoneflow.domain.model.material;

/** A submitted file was already accepted or returned; each is decided once. */
public class MaterialDecidedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String fileName;

    public MaterialDecidedException(String fileName, MaterialState state) {
        super("material " + fileName + " is " + state);
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
