package cn.zoneflow.domain.model.problem;

import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.shared.TypedText;
import cn.zoneflow.domain.model.shared.constraint.PlainText;
import cn.zoneflow.domain.model.shared.constraint.PlausibleDate;
import cn.zoneflow.domain.model.shared.constraint.Required;
import java.time.LocalDate;

/** 记录回访: the day, the way, whom the zone spoke to and what the enterprise said of its 差评 and the rectification. */
public record ReturnVisitReport(
        @Required @PlausibleDate LocalDate visitedOn,
        @Required ReturnVisitWay way,
        @Required @PlainText(max = ReturnVisit.VISITED_MAX_LENGTH) String visited,
        @Required @PlainText(max = ProjectProblem.TEXT_MAX_LENGTH) String finding) {

    public static final String VISITED_ON = "visitedOn";
    public static final String WAY = "way";

    public ReturnVisitReport {
        visited = TypedText.trimmed(visited);
        finding = TypedText.trimmed(finding);
    }

    /** The visit as a JSON body writes it: the day as {@code 2026-12-03}, the way by its name. */
    public static ReadCommand<ReturnVisitReport> read(String visitedOn, String way, String visited, String finding) {
        InputReader reader = new InputReader();
        ReturnVisitReport command = new ReturnVisitReport(
                reader.optional(VISITED_ON, visitedOn, InputReader::parseDate).orElse(null),
                reader.optional(WAY, way, ReturnVisitWay::parse).orElse(null), visited, finding);
        return ReadCommand.of(command, reader);
    }
}
