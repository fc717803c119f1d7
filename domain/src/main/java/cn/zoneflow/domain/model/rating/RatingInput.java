package cn.zoneflow.domain.model.rating;

/**
 * A rating as the enterprise sends it, each level by name or score: the procedure's code, or none for the agency
 * service as a whole.
 */
public record RatingInput(String procedure, String overall, String efficiency, String guideAccuracy,
        String convenience, String platform, String comment) {

    public static final String PROCEDURE = "procedure";
    public static final String OVERALL = "overall";
    public static final String EFFICIENCY = "efficiency";
    public static final String GUIDE_ACCURACY = "guideAccuracy";
    public static final String CONVENIENCE = "convenience";
    public static final String PLATFORM = "platform";
    public static final String COMMENT = "comment";
}
