package cn.zoneflow.domain.model.department;

import cn.zoneflow.domain.model.zone.City;
import java.util.List;
import java.util.Optional;

/** The issuing departments known to ZoneFlow. */
public interface DepartmentRepository {

    /** By city, the city's offices before its zones', then kind. */
    List<Department> all();

    Optional<Department> find(long id);

    Optional<Department> findByName(String name);

    /** The departments of the kind in the city: the city's office and its zones' own, whether they take part or not. */
    List<Department> ofKind(City city, String kind);

    void add(Department department);
}
