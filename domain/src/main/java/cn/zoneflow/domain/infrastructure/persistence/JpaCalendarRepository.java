package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.calendar.CalendarDay;
import cn.zoneflow.domain.model.calendar.CalendarRepository;
import cn.zoneflow.domain.model.calendar.CalendarYear;
import cn.zoneflow.domain.model.calendar.WorkingDayCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
        days().forEach(day -> exceptions.put(day.date(), day.off()));
        return new WorkingDayCalendar(years, exceptions);
    }

    @Override
    public List<CalendarYear> years() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select year_number, notice_url from calendar_year")
                .getResultList();
        Map<Integer, String> notices = new HashMap<>();
        rows.forEach(row -> notices.put(((Number) row[0]).intValue(), (String) row[1]));
        Map<Integer, List<CalendarDay>> daysByYear = new HashMap<>();
        for (CalendarDay day : days()) {
            yearOf(day.date(), notices.keySet())
                    .ifPresent(year -> daysByYear.computeIfAbsent(year, y -> new ArrayList<>()).add(day));
        }
        return notices.entrySet().stream()
                .map(notice -> new CalendarYear(notice.getKey(), notice.getValue(),
                        daysByYear.getOrDefault(notice.getKey(), List.of())))
                .sorted(Comparator.comparing(CalendarYear::year).reversed())
                .toList();
    }

    /** A day belongs to its own year, or else to the neighbouring one whose notice put it there (元旦 on 31 December). */
    private static Optional<Integer> yearOf(LocalDate date, Set<Integer> years) {
        int year = date.getYear();
        return years.contains(year) ? Optional.of(year)
                : years.contains(year + 1) ? Optional.of(year + 1)
                : years.contains(year - 1) ? Optional.of(year - 1) : Optional.empty();
    }

    private List<CalendarDay> days() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select calendar_date, off_day, name from calendar_day")
                .getResultList();
        return rows.stream().map(row -> new CalendarDay(SqlValues.date(row[0]), toBoolean(row[1]), (String) row[2]))
                .toList();
    }

    @Override
    public void replace(CalendarYear year) {
        int updated = entityManager.createNativeQuery("update calendar_year set notice_url = ? where year_number = ?")
                .setParameter(1, year.noticeUrl()).setParameter(2, year.year()).executeUpdate();
        if (updated == 0) {
            entityManager.createNativeQuery("insert into calendar_year (year_number, notice_url) values (?, ?)")
                    .setParameter(1, year.year()).setParameter(2, year.noticeUrl()).executeUpdate();
        }
        entityManager.createNativeQuery("delete from calendar_day where calendar_date between ? and ?")
                .setParameter(1, LocalDate.of(year.year(), 1, 1))
                .setParameter(2, LocalDate.of(year.year(), 12, 31))
                .executeUpdate();
        year.days().forEach(this::save);
    }

    /** A day just outside the year may be stored already, from the neighbouring year's notice. */
    private void save(CalendarDay day) {
        entityManager.createNativeQuery("delete from calendar_day where calendar_date = ?")
                .setParameter(1, day.date()).executeUpdate();
        entityManager.createNativeQuery("insert into calendar_day (calendar_date, off_day, name) values (?, ?, ?)")
                .setParameter(1, day.date()).setParameter(2, day.off()).setParameter(3, day.name())
                .executeUpdate();
    }

    /** H2 answers BOOLEAN, MySQL TINYINT(1) as a number. */
    private static boolean toBoolean(Object value) {
        return value instanceof Boolean flag ? flag : ((Number) value).intValue() != 0;
    }
}
