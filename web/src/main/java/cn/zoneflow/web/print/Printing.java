package cn.zoneflow.web.print;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Whether the page is opened for printing ({@code ?print=1}, from its 打印 link): then its tables show every row
 * instead of one page of them, since paper has no paginator.
 */
@Named
@RequestScoped
public class Printing {

    public static final String PARAMETER = "print";

    private Boolean active;

    public boolean isActive() {
        if (active == null) {
            active = "1".equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                    .get(PARAMETER));
        }
        return active;
    }

    /** The rows a table shows at once: its page on screen, all of them (0) on paper. */
    public int rows(int onScreen) {
        return isActive() ? 0 : onScreen;
    }
}
