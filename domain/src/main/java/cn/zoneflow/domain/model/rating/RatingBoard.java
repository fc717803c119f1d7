package cn.zoneflow.domain.model.rating;

import java.util.List;

/** 好差评 of a zone, city or province over a period: every zone that was rated, and the whole. */
public record RatingBoard(RatingFigures total, List<RatingPlace> places) {

    public static RatingBoard of(List<RatingPlace> places) {
        return new RatingBoard(places.stream().map(RatingPlace::figures).reduce(RatingFigures.NONE,
                RatingFigures::plus), List.copyOf(places));
    }
}
