package cn.zoneflow.web.i18n;

import cn.zoneflow.domain.model.audit.AuditFilter;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The criteria of a search of the audit trail as an auditor reads them back in the trail itself ("操作人：
 * officer.jinzhong；操作：登录"): only those given, in the trail's own language, Chinese.
 */
public final class AuditCriteriaText {

    private static final String KEY = "audit_trail.criteria.";

    private AuditCriteriaText() {
    }

    public static String of(AuditFilter filter) {
        List<String> given = new ArrayList<>();
        add(given, "actor", filter.actor());
        add(given, "action", filter.action() == null ? null : chinese("AuditAction." + filter.action().name()));
        add(given, "result", filter.result() == null ? null : chinese("AuditResult." + filter.result().name()));
        add(given, "object", filter.objectId());
        add(given, "from", day(filter.from()));
        add(given, "before", day(filter.to()));
        add(given, "keyword", filter.keyword() == null ? null : filter.keyword().text());
        return given.isEmpty() ? chinese(KEY + "none") : String.join(chinese(KEY + "separator"), given);
    }

    private static void add(List<String> given, String criterion, String value) {
        if (value != null) {
            given.add(chinese(KEY + criterion, value));
        }
    }

    private static String day(LocalDateTime startOfDay) {
        return startOfDay == null ? null : startOfDay.toLocalDate().toString();
    }

    private static String chinese(String key, Object... arguments) {
        return Texts.MESSAGES.get(Texts.CHINESE, key, arguments);
    }
}
