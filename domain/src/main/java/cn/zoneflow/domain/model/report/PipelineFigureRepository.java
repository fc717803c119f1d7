package cn.zoneflow.domain.model.report;

import cn.zoneflow.domain.model.user.Scope;
import java.time.LocalDate;
import java.util.Map;

/** Counts per zone for the overview, each one grouped query in the database. Keys are zone ids. */
public interface PipelineFigureRepository {

    /** The zone's projects at each stage today. */
    Map<Long, StageFunnel> stages(Scope scope);

    /**
     * The zone's reform figures: 承诺制 coverage as it stands today, agreements signed, procedures closed and land
     * sold from one day to another, both included.
     */
    Map<Long, ReformFigures> reforms(Scope scope, LocalDate from, LocalDate to);
}
