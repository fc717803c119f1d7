package cn.zoneflow.domain.model.problem;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 回访: the zone went back to the enterprise that gave a 差评 — on which day, how, and whom it spoke to. What the
 * enterprise said is the text of the problem's entry that holds the visit.
 */
@Embeddable
public class ReturnVisit {

    public static final int VISITED_MAX_LENGTH = 100;

    @Column(name = "visited_on")
    private LocalDate visitedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "visit_way", length = 10)
    private ReturnVisitWay way;

    @Column(name = "visited_person", length = VISITED_MAX_LENGTH)
    private String visited;

    protected ReturnVisit() {
    }

    public ReturnVisit(LocalDate visitedOn, ReturnVisitWay way, String visited) {
        this.visitedOn = Objects.requireNonNull(visitedOn, "visitedOn");
        this.way = Objects.requireNonNull(way, "way");
        this.visited = Objects.requireNonNull(visited, "visited");
    }

    public LocalDate visitedOn() {
        return visitedOn;
    }

    public ReturnVisitWay way() {
        return way;
    }

    /** Whom the zone spoke to, e.g. the enterprise's contact who gave the rating. */
    public String visited() {
        return visited;
    }
}
