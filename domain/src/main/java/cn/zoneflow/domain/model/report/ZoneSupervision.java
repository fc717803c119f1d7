package cn.zoneflow.domain.model.report;

/**
 * How one zone stands on a day, as the monthly notice (月通报) reports it: its projects' procedures — required
 * (every planned one but those 标准地 waived), closed (已办结), past the department's due date while not closed —
 * its open tasks past their deadline, the 督办 notices it has not answered, and its projects on each "三未" list.
 */
public record ZoneSupervision(String city, String zone, SupervisionTally figures) {
}
