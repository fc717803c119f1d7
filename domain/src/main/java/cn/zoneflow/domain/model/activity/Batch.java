package cn.zoneflow.domain.model.activity;

import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.Stage;

/** The three batches of an activity, each for projects that have reached its stage. */
public enum Batch {
    /** 签约一批: projects signing now. */
    SIGNING("签约一批", Stage.SIGNED),
    /** 开工一批: projects starting construction now. */
    STARTING("开工一批", Stage.STARTED),
    /** 投产一批: projects starting production now. */
    PRODUCING("投产一批", Stage.PRODUCING);

    private final String chineseName;
    private final Stage stage;

    Batch(String chineseName, Stage stage) {
        this.chineseName = chineseName;
        this.stage = stage;
    }

    /** The batch as spreadsheets write it (开工一批) or programs do (STARTING). */
    public static Batch parse(String text) {
        String written = text == null ? "" : text.strip();
        for (Batch batch : values()) {
            if (batch.chineseName.equals(written) || batch.name().equalsIgnoreCase(written)) {
                return batch;
            }
        }
        throw new InvalidValueException("batch.unknown", written);
    }

    public String chineseName() {
        return chineseName;
    }

    /** The stage a project must have reached to be presented in this batch. */
    public Stage stage() {
        return stage;
    }
}
