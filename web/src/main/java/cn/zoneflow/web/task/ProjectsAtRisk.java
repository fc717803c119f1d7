package cn.zoneflow.web.task;

import cn.zoneflow.domain.model.warning.Light;
import cn.zoneflow.domain.model.warning.WarningRepository;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.Map;

/**
 * Above the inbox: how many projects of the user's scope stand at red and at yellow, each a link to 项目库 narrowed to
 * them — the work that is late before any task says so.
 */
@Named
@RequestScoped
public class ProjectsAtRisk {

    @Inject
    private WarningRepository warnings;

    @Inject
    private CurrentUser currentUser;

    private Map<Light, Long> counts;

    /** Standing warnings of the colour in the user's scope (a project late on two dates counts twice). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(Light light) {
        if (counts == null) {
            counts = new EnumMap<>(Light.class);
            for (Light shown : new Light[] {Light.RED, Light.YELLOW}) {
                counts.put(shown, warnings.count(currentUser.required().scope(), shown));
            }
        }
        return counts.getOrDefault(light, 0L);
    }
}
