package cn.zoneflow.domain.model.problem;

import java.util.List;
import java.util.Optional;

/** The problems raised for the province's projects, and the catalogue of their categories. */
public interface ProblemRepository {

    void add(ProjectProblem problem);

    Optional<ProjectProblem> find(long id);

    /** A project's problems, the open ones first, then the latest raised. */
    List<ProjectProblem> ofProject(long projectId);

    /** The categories in the catalogue's order. */
    List<ProblemCategory> categories();

    Optional<ProblemCategory> category(String code);
}
