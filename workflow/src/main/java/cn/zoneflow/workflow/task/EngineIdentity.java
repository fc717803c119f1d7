package cn.zoneflow.workflow.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Runs engine work as the acting user, so the engine's history records who claimed and completed what; the engine's
 * refusal of a change someone else made first is told as ZoneFlow's own, so no screen or resource needs the engine.
 */
@ApplicationScoped
public class EngineIdentity {

    @Inject
    private IdentityService identityService;

    EngineIdentity() {
    }

    EngineIdentity(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** @throws TaskChangedMeanwhileException when another user's change to the same task came first */
    public void as(Actor actor, Runnable work) {
        identityService.setAuthentication(actor.username(), actor.groups());
        try {
            work.run();
        } catch (OptimisticLockingException e) {
            throw new TaskChangedMeanwhileException(e);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
