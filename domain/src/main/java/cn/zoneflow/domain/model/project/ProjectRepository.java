package cn.zoneflow.domain.model.project;

import java.util.List;
import java.util.Optional;

/** The projects of the province. */
public interface ProjectRepository {

    Optional<Project> find(long id);

    Optional<Project> findByCode(ProjectCode code);

    Optional<Industry> industry(String code);

    List<Industry> industries();

    void add(Project project);

    long count();
}
