package cn.zoneflow.domain.model.annualtarget;

import cn.zoneflow.domain.model.user.Scope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface TargetRepository {

    /** The year's targets, by place key ({@link AnnualTarget#keyOf}). */
    List<AnnualTarget> ofYear(int year);

    Optional<AnnualTarget> find(int year, Scope place, TargetIndicator indicator);

    void add(AnnualTarget target);

    TargetRule rule();

    /**
     * The counts and amounts each zone of the scope reached from {@code from} to {@code to} (both included): projects
     * signed and their investment, projects started and producing, and the investment completed (all, and of 产业项目)
     * in the months from {@code from}'s to {@code to}'s. By zone id; zones with nothing are left out.
     */
    Map<Long, Map<TargetIndicator, BigDecimal>> reached(Scope scope, LocalDate from, LocalDate to);
}
