package cn.zoneflow.domain.model.activity;

import java.util.Arrays;
import java.util.List;

/**
 * An activity's summary as the bulletins print it: for each city its three batches and its total, and the
 * province's totals over the cities shown (those within the reader's scope).
 */
public record ActivitySummary(List<CityFigures> cities) {

    /** The batch added up over all cities shown. */
    public BatchFigures total(Batch batch) {
        return cities.stream().flatMap(city -> city.batches().stream())
                .filter(figures -> figures.batch() == batch)
                .reduce(BatchFigures.empty(batch), BatchFigures::plus);
    }

    public List<BatchFigures> totals() {
        return Arrays.stream(Batch.values()).map(this::total).toList();
    }

    public BatchFigures grandTotal() {
        return totals().stream().reduce(BatchFigures::plus).orElseThrow();
    }
}
