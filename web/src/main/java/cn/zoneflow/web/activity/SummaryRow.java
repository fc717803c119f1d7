package cn.zoneflow.web.activity;

import cn.zoneflow.domain.model.activity.BatchFigures;

/** One line of the bulletin's table: a city's batch or total, or the province's. */
public record SummaryRow(String place, String batch, BatchFigures figures, boolean total) {
}
