package cn.zoneflow.domain.infrastructure.persistence;

/** A setting of the installation is wrong; the message names the setting and says what is expected. */
public class MisconfigurationException extends RuntimeException {

    private final String setting;

    public MisconfigurationException(String setting, String problem) {
        super(setting + " " + problem);
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }
}
