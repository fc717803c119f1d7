package cn.zoneflow.domain.model.user;

import cn.zoneflow.domain.model.enterprise.CreditCode;
import java.io.Serializable;
import java.util.Objects;

/**
 * What a signed-in user may see: a place of the administration ({@link Scope}: a zone, a city, the province), or an
 * outside party's own affairs (an enterprise's projects, a department's procedures). The administration's repositories and reports take a {@link Scope}, so an outside
 * party's reach cannot be handed to them: the compiler refuses it, not a check someone may forget.
 */
public sealed interface Reach extends Serializable permits Scope, Reach.OfEnterprise, Reach.OfDepartment {

    /** An enterprise, by its 统一社会信用代码: its own projects, and of them only what concerns it. */
    record OfEnterprise(CreditCode creditCode) implements Reach {
        public OfEnterprise {
            Objects.requireNonNull(creditCode, "creditCode");
        }
    }

    /** An issuing department, by its id: the procedures addressed to it and the materials they carry. */
    record OfDepartment(long departmentId) implements Reach {
    }
}
