package cn.zoneflow.domain.model.problem;

import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.UserAccount;

/** Who acts on a problem, as its history names them. */
public record ProblemActor(String username, String displayName, Role role) {

    public static ProblemActor of(UserAccount account) {
        return new ProblemActor(account.username(), account.displayName(), account.role());
    }
}
