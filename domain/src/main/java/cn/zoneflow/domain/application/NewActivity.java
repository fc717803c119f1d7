package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.activity.Activity;
import cn.zoneflow.domain.model.shared.TypedText;
import cn.zoneflow.domain.model.shared.constraint.PlainText;
import cn.zoneflow.domain.model.shared.constraint.PlausibleDate;
import cn.zoneflow.domain.model.shared.constraint.Required;
import java.time.LocalDate;

/** 新建“三个一批”活动: its name (unique), the day it is held and where. */
public record NewActivity(
        @Required @PlainText(max = Activity.NAME_MAX_LENGTH) String name,
        @Required @PlausibleDate LocalDate heldOn,
        @PlainText(max = Activity.VENUE_MAX_LENGTH) String venue) {

    public NewActivity {
        name = TypedText.trimmed(name);
        venue = TypedText.trimmed(venue);
    }
}
