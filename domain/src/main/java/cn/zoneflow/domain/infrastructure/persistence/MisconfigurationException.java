package cn.zoneflow.domain.infrastructure.persistence;

/** A setting of the installation is wrong; the message names the setting and says what is expected. */
public class MisconfigurationException extends RuntimeException {

    /** What the process exits with when a setting stops it (sysexits' EX_CONFIG). */
    public static final int EXIT_CODE = 78;

    private final String setting;

    public MisconfigurationException(String setting, String problem) {
        super(setting + " " + problem);
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }
}
