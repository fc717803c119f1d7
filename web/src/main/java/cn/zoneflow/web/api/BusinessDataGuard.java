package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;

/**
 * Refuses the system administrator, the security administrator and the auditor any project data, though their
 * accounts span the province: 403, audited like every refusal. Their own resources check their own role.
 */
@Provider
@BusinessData
@Priority(Priorities.AUTHORIZATION)
public class BusinessDataGuard implements ContainerRequestFilter {

    @Inject
    private CurrentUser currentUser;

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Role role = currentUser.required().role();
        BusinessData marked = resource.getResourceMethod().isAnnotationPresent(BusinessData.class)
                ? resource.getResourceMethod().getAnnotation(BusinessData.class)
                : resource.getResourceClass().getAnnotation(BusinessData.class);
        if (!role.worksOnProjects() && !Arrays.asList(marked.alsoFor()).contains(role)) {
            throw new ForbiddenException();
        }
    }
}
