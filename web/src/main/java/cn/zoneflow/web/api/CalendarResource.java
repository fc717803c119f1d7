package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.CalendarAdministration;
import cn.zoneflow.domain.model.calendar.CalendarDayInput;
import cn.zoneflow.domain.model.calendar.CalendarYear;
import cn.zoneflow.domain.model.calendar.CalendarYearInput;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.web.admin.HolidayCnFile;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The working-day calendar for the system administrator: the years known, and a year published from the
 * holiday-cn format the calendar was seeded from ({@code PUT /api/calendar/2027} with that year's file).
 */
@Tag(name = "工作日历", description = "The working-day calendar, for the system administrator")
@Path("calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    @Inject
    private CalendarAdministration administration;

    @Inject
    private CurrentUser currentUser;

    /** A year with its days, each day off ({@code 休}) or a make-up working day ({@code 班}). */
    public record YearJson(int year, String noticeUrl, long offDays, long makeUpWorkingDays, List<DayJson> days) {
        static YearJson of(CalendarYear year) {
            return new YearJson(year.year(), year.noticeUrl(), year.offDays(), year.makeUpWorkingDays(),
                    year.days().stream().map(day -> new DayJson(day.date(), CalendarDayInput.kindOf(day), day.name()))
                            .toList());
        }
    }

    public record DayJson(LocalDate date, String kind, String name) {
    }

    @Operation(operationId = "listCalendarYears", summary = "工作日历年度列表")
    @GET
    public List<YearJson> years() {
        return administration.years(currentUser.required()).stream().map(YearJson::of).toList();
    }

    /** Replaces the year's days with the file's; its {@code year} must be the one in the address. */
    @Operation(operationId = "publishCalendarYear", summary = "发布或更正年度放假安排")
    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    public YearJson publish(@PathParam("year") String year, JsonObject file) {
        CalendarYearInput input = HolidayCnFile.read(file);
        if (input.year() != null && !input.year().equals(year)) {
            throw InvalidInputException.of("year", "calendar.year.notInAddress", input.year());
        }
        return YearJson.of(administration.publish(currentUser.required(),
                new CalendarYearInput(year, input.noticeUrl(), input.days())));
    }
}
