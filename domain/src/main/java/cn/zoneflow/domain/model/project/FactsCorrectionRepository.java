package cn.zoneflow.domain.model.project;

import java.util.List;

/** The corrections of each project's facts. */
public interface FactsCorrectionRepository {

    void add(FactsCorrection correction);

    /** The project's corrections, newest first. */
    List<FactsCorrection> of(long projectId);
}
