package cn.zoneflow.web.project;

import cn.zoneflow.domain.application.projectimport.ImportFiles;
import cn.zoneflow.domain.application.projectimport.ImportOutcome;
import cn.zoneflow.domain.application.projectimport.ImportRefusedException;
import cn.zoneflow.domain.application.projectimport.ImportTemplate;
import cn.zoneflow.domain.application.projectimport.ProjectImport;
import cn.zoneflow.domain.application.projectimport.RowError;
import cn.zoneflow.web.i18n.LanguageView;
import cn.zoneflow.web.i18n.Texts;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * 导入项目: download the template, upload a filled-in list, and see either what was created and updated or every
 * wrong cell with its line and column, so the zone can correct its spreadsheet and upload it again.
 */
@Named
@RequestScoped
public class ImportProjectsView {

    @Inject
    private ProjectImport projectImport;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LanguageView language;

    private String fileName;
    private ImportOutcome outcome;
    private String refusal;
    private List<WrongCell> wrongCells = List.of();

    /** A wrong cell as the page lists it. */
    public record WrongCell(int line, String column, String message, String value) {
    }

    public void upload(FileUploadEvent event) throws IOException {
        fileName = event.getFile().getFileName();
        byte[] content;
        try (InputStream in = event.getFile().getInputStream()) {
            content = ImportFiles.upload(in);
        }
        try {
            outcome = projectImport.importFile(currentUser.required().scope(), content,
                    currentUser.required().username());
        } catch (ImportRefusedException refused) {
            refusal = Texts.VALIDATION.get(language.getLocale(), refused.messageKey(), refused.arguments());
            wrongCells = refused.rowErrors().stream().map(this::wrongCell).toList();
        }
    }

    private WrongCell wrongCell(RowError error) {
        return new WrongCell(error.line(), error.column(),
                Texts.VALIDATION.get(language.getLocale(), error.messageKey(), error.value()), error.value());
    }

    public StreamedContent getTemplate() {
        return DefaultStreamedContent.builder()
                .name(ImportTemplate.FILE_NAME)
                .contentType(ImportTemplate.CONTENT_TYPE)
                .stream(() -> new ByteArrayInputStream(ImportTemplate.workbook()))
                .build();
    }

    public long getMaxBytes() {
        return ImportFiles.MAX_BYTES;
    }

    public long getMaxMegabytes() {
        return ImportFiles.MAX_BYTES / 1024 / 1024;
    }

    public int getMaxLines() {
        return ImportFiles.MAX_LINES;
    }

    public String getIgnoredColumns() {
        return outcome == null ? "" : String.join("、", outcome.ignoredColumns());
    }

    public String getFileName() {
        return fileName;
    }

    /** How many new projects' workflows start together, with the import or in one job after it. */
    public int getWorkflowBatch() {
        return ProjectImport.WORKFLOW_BATCH;
    }

    public ImportOutcome getOutcome() {
        return outcome;
    }

    public String getRefusal() {
        return refusal;
    }

    public List<WrongCell> getWrongCells() {
        return wrongCells;
    }
}
