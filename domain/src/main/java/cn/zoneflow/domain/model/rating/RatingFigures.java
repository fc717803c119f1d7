package cn.zoneflow.domain.model.rating;

import cn.zoneflow.domain.model.report.Ratio;

/**
 * 好差评 of a zone, city or province over a period: how many ratings, how many satisfied (基本满意 or better), how many
 * 差评, of those how many rectified (their rectification solved) and how many visited back (回访 recorded).
 */
public record RatingFigures(long ratings, long satisfied, long bad, long rectified, long visited) {

    public static final RatingFigures NONE = new RatingFigures(0, 0, 0, 0, 0);

    /** Two places' figures as one, e.g. the zones of a city. */
    public RatingFigures plus(RatingFigures other) {
        return new RatingFigures(ratings + other.ratings, satisfied + other.satisfied, bad + other.bad,
                rectified + other.rectified, visited + other.visited);
    }

    /** 满意率: the satisfied share of all ratings. */
    public Ratio satisfiedRate() {
        return Ratio.of(satisfied, ratings);
    }

    /** 整改率: the rectified share of the 差评. */
    public Ratio rectifiedRate() {
        return Ratio.of(rectified, bad);
    }

    /** 回访率: the share of the 差评 the zone went back to the enterprise about. */
    public Ratio visitedRate() {
        return Ratio.of(visited, bad);
    }
}
