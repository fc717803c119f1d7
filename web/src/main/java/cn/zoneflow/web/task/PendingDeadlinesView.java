package cn.zoneflow.web.task;

import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.workflow.task.PendingDeadlines;
import cn.zoneflow.workflow.task.PendingDeadlines.Waiting;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The warning that deadlines wait for a year's holiday notice: for the system administrator, who publishes it, over
 * the whole province; for supervisors, within their scope, since they cannot yet call that work late.
 */
@Named
@RequestScoped
public class PendingDeadlinesView {

    @Inject
    private PendingDeadlines pending;

    @Inject
    private CurrentUser currentUser;

    private Optional<Waiting> waiting;

    /** @return what waits, or null when nothing does */
    public Waiting getWaiting() {
        if (waiting == null) {
            UserAccount user = currentUser.required();
            waiting = pending.within(user.role() == Role.ADMIN ? Scope.PROVINCE : user.scope());
        }
        return waiting.orElse(null);
    }
}
