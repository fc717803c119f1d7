package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.calendar.CalendarRepository;
import cn.zoneflow.domain.model.calendar.WorkingDayCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the calendar tables; the calendar is a few hundred rows, read whole. */
@ApplicationScoped
public class JpaCalendarRepository implements CalendarRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaCalendarRepository() {
    }

    JpaCalendarRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public WorkingDayCalendar calendar() {
        Set<Integer> years = new HashSet<>();
        for (Object year : entityManager.createNativeQuery("select year_number from calendar_year").getResultList()) {
            years.add(((Number) year).intValue());
        }
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> days = entityManager.createNativeQuery("select calendar_date, off_day from calendar_day")
                .getResultList();
        for (Object[] day : days) {
            exceptions.put(SqlValues.date(day[0]), toBoolean(day[1]));
        }
        return new WorkingDayCalendar(years, exceptions);
    }

    @Override
    public Optional<Integer> workingDaysFor(String taskType) {
        return entityManager.createNativeQuery("select working_days from deadline_rule where task_type = ?")
                .setParameter(1, taskType)
                .getResultStream()
                .findFirst()
                .map(days -> ((Number) days).intValue());
    }

    /** H2 answers BOOLEAN, MySQL TINYINT(1) as a number. */
    private static boolean toBoolean(Object value) {
        return value instanceof Boolean flag ? flag : ((Number) value).intValue() != 0;
    }
}
