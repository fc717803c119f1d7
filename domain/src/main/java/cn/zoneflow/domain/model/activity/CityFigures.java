package cn.zoneflow.domain.model.activity;

import java.util.List;

/** One city's part of an activity: its figures batch by batch and in all. */
public record CityFigures(String cityCode, String cityName, List<BatchFigures> batches) {

    public BatchFigures total() {
        return batches.stream().reduce(BatchFigures::plus).orElseThrow();
    }
}
