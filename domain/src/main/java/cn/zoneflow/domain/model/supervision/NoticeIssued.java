package cn.zoneflow.domain.model.supervision;

import java.time.LocalDate;

/**
 * A notice was sent: its answering starts in the same transaction. Carries what the workflow needs to route it —
 * the addressee (or none, for the zone's officers), the zone and city, the deadline and who follows it up.
 */
public record NoticeIssued(long noticeId, String projectCode, long projectId, String addressee, long zoneId,
        LocalDate deadline, String issuedBy, NoticeSource source) {

    public static NoticeIssued of(SupervisionNotice notice) {
        return new NoticeIssued(notice.id(), notice.project().code().value(), notice.project().id(),
                notice.addressee(), notice.project().zone().id(), notice.deadline(), notice.issuedBy(),
                notice.source());
    }
}
