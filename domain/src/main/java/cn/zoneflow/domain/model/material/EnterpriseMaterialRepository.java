package cn.zoneflow.domain.model.material;

import java.util.List;
import java.util.Optional;

/** The files enterprises submitted for their procedures. */
public interface EnterpriseMaterialRepository {

    void add(EnterpriseMaterial material);

    Optional<EnterpriseMaterial> find(long id);

    /** A project's submitted files, of every procedure, the newest first. */
    List<EnterpriseMaterial> ofProject(long projectId);
}
