package cn.zoneflow.workflow.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.IdentityService;

/** Runs engine work as the acting user, so the engine's history records who claimed and completed what. */
@ApplicationScoped
public class EngineIdentity {

    @Inject
    private IdentityService identityService;

    public void as(Actor actor, Runnable work) {
        identityService.setAuthentication(actor.username(), actor.groups());
        try {
            work.run();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
