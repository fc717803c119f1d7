package cn.zoneflow.domain.model.rating;

/** One zone's 好差评 figures, named as the 月通报 lists it: its city and its name. */
public record RatingPlace(String city, String zone, RatingFigures figures) {
}
