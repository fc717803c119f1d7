package cn.zoneflow.web.admin;

import cn.zoneflow.domain.application.CalendarAdministration;
import cn.zoneflow.domain.model.calendar.CalendarYear;
import cn.zoneflow.domain.model.calendar.CalendarYearInput;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.web.security.PageAccess;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * 工作日历: the system administrator sees the years the calendar knows with their notices, holidays and make-up
 * working days, is warned when next year's notice is not in yet, and publishes a year — typed from the notice or
 * read from a holiday-cn file for checking first — or publishes one again corrected.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "publish";

    @Inject
    private transient CalendarAdministration administration;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient PageAccess pageAccess;

    @Inject
    private transient FieldMessages fieldMessages;

    @Inject
    private transient Messages messages;

    private String year;
    private String noticeUrl;
    private String days;
    private Integer shownYear;

    private transient List<CalendarYear> years;

    public void load() throws IOException {
        pageAccess.deniedUnless(Role.ADMIN.roleName());
    }

    public List<CalendarYear> getYears() {
        if (years == null) {
            years = administration.years(currentUser.required());
        }
        return years;
    }

    /** The year whose days are listed: the one chosen, else the newest; null before any year is known. */
    public CalendarYear getShown() {
        return getYears().stream().filter(known -> shownYear == null || known.year() == shownYear).findFirst()
                .orElse(null);
    }

    /** Said while next year's notice is not in: deadlines that reach into that year cannot be counted. */
    public String getMissingYearWarning() {
        int next = ChinaTime.today().getYear() + 1;
        return getYears().stream().anyMatch(known -> known.year() == next) ? null
                : messages.get("admin_calendar.missingYear", next);
    }

    public void show(int chosen) {
        shownYear = chosen;
    }

    /** Puts a stored year into the form, to be corrected and published again. */
    public void edit(CalendarYear stored) {
        fill(CalendarYearInput.of(stored));
    }

    public void upload(FileUploadEvent event) throws IOException {
        byte[] content;
        try (InputStream in = event.getFile().getInputStream()) {
            content = in.readNBytes(HolidayCnFile.MAX_BYTES + 1);
        }
        try {
            fill(HolidayCnFile.read(content));
        } catch (InvalidInputException e) {
            fieldMessages.show(FORM, e);
            return;
        }
        messages.tell(FacesMessage.SEVERITY_INFO, "admin_calendar.message.read", event.getFile().getFileName());
    }

    public void publish() {
        CalendarYear published;
        try {
            published = administration.publish(currentUser.required(), new CalendarYearInput(year, noticeUrl, days));
        } catch (InvalidInputException e) {
            fieldMessages.show(FORM, e, "days");
            return;
        }
        years = null;
        shownYear = published.year();
        fill(new CalendarYearInput(null, null, null));
        messages.tell(FacesMessage.SEVERITY_INFO, "admin_calendar.message.published",
                published.year(), published.offDays(), published.makeUpWorkingDays());
    }

    private void fill(CalendarYearInput input) {
        year = input.year();
        noticeUrl = input.noticeUrl();
        days = input.days();
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getNoticeUrl() {
        return noticeUrl;
    }

    public void setNoticeUrl(String noticeUrl) {
        this.noticeUrl = noticeUrl;
    }

    public String getDays() {
        return days;
    }

    public void setDays(String days) {
        this.days = days;
    }

    public int getMaxBytes() {
        return HolidayCnFile.MAX_BYTES;
    }
}
