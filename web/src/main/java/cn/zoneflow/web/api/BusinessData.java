package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.user.Role;
import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the resources that read or change projects and their work: only the roles that work on projects reach them,
 * and the administrators' roles named in {@link #alsoFor()}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface BusinessData {

    /** Administrators whose duty includes the resource, e.g. the system administrator for 标准地 parcels. */
    Role[] alsoFor() default {};
}
