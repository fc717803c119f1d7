package cn.zoneflow.web.task;

import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.processes.SupervisionNoticeProcess.Activities;
import cn.zoneflow.web.supervision.NoticeListView.NoticeRow;
import cn.zoneflow.workflow.supervision.NoticeTasks;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * A notice's steps on one page: the zone answers 答复督办 in writing; a supervisor records how they followed up one
 * left unanswered past its deadline (跟进逾期督办).
 */
@Named
@ViewScoped
public class NoticeTaskView extends TaskPageView {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(NoticeTasks.ANSWER, "answer:text",
            NoticeTasks.NOTE, "followUp:note");

    @Inject
    private transient NoticeTasks notices;

    private NoticeRow notice;
    private String text;
    private String note;

    @Override
    protected void loaded() {
        notice = NoticeRow.of(notices.noticeOf(currentUser.actor(), getId()), ChinaTime.today());
    }

    public boolean isAnswering() {
        return Activities.ANSWER_NOTICE.equals(getTask().taskType());
    }

    public String answer() {
        return complete(() -> notices.answer(currentUser.actor(), getId(), text),
                "task_notice.message.info.answered", FIELDS);
    }

    public String followedUp() {
        return complete(() -> notices.followedUp(currentUser.actor(), getId(), note),
                "task_notice.message.info.followedUp", FIELDS);
    }

    public NoticeRow getNotice() {
        return notice;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
