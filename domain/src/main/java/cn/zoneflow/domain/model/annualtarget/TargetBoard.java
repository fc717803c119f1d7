package cn.zoneflow.domain.model.annualtarget;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 目标完成情况 of a scope for a year, as it stands on {@code asOf}: the scope itself and each place below it (the
 * cities of the province, the zones of a city), with 序时进度 on that day.
 */
public record TargetBoard(int year, LocalDate asOf, BigDecimal schedule, PlaceProgress total,
        List<PlaceProgress> places) implements Serializable {

    public TargetBoard {
        places = List.copyOf(places);
    }
}
