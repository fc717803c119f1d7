package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.model.user.UserAccount;
import java.util.List;

/** Who is acting on tasks: the user name and the engine groups their role and scope give them. */
public record Actor(String username, List<String> groups) {

    public static Actor of(UserAccount account) {
        return new Actor(account.username(), List.copyOf(account.groups()));
    }
}
