package cn.zoneflow.web.portal;

import cn.zoneflow.domain.application.EnterpriseMaterials;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.web.document.ScreenUpload;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;

/**
 * 申报材料 on the portal's project page: the enterprise chooses a procedure that takes materials and submits a file
 * for it; the page then shows it waiting for the zone's officers. A phone's plain file picker and one button, so that it
 * works on any phone; the page is read anew after each submission.
 */
@Named
@ViewScoped
public class PortalMaterialsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "materials";

    @Inject
    private transient EnterpriseMaterials materials;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient FieldMessages fieldMessages;

    @Inject
    private transient Messages messages;

    private long id;
    private String procedure;
    private transient UploadedFile file;

    /** Submits the chosen file; a refusal names the field and keeps what was chosen. */
    public String submit() throws IOException {
        ScreenUpload upload = ScreenUpload.of(file);
        try {
            materials.submit(currentUser.required(), id, procedure, upload.name(), upload.content());
        } catch (InvalidInputException e) {
            fieldMessages.show(FORM, e);
            return null;
        }
        messages.tell(FacesMessage.SEVERITY_INFO, "portal.materials.message.submitted");
        return PortalProjectView.shownAgain(id);
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
