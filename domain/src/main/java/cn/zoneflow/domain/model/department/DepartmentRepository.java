package cn.zoneflow.domain.model.department;

import cn.zoneflow.domain.model.zone.City;
import java.util.List;
import java.util.Optional;

/** The issuing departments known to ZoneFlow. */
public interface DepartmentRepository {

    /** By city, then kind. */
    List<Department> all();

    Optional<Department> find(long id);

    Optional<Department> findByName(String name);

    /** The city's department of the kind, whether it takes part or not. */
    Optional<Department> ofKind(City city, String kind);

    void add(Department department);
}
