package cn.zoneflow.web.admin;

import cn.zoneflow.domain.model.zone.ZoneInput;
import cn.zoneflow.web.place.ZoneItem;
import java.io.Serializable;

/** A zone's terms as the add and change forms hold them while typed. */
public class ZoneForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String aliases;
    private String category;
    private String level;

    static ZoneForm of(ZoneItem zone) {
        ZoneForm form = new ZoneForm();
        form.name = zone.name();
        form.aliases = String.join("，", zone.aliases());
        form.category = zone.category();
        form.level = zone.level();
        return form;
    }

    ZoneInput input() {
        return new ZoneInput(name, aliases, category, level);
    }

    void clear() {
        name = null;
        aliases = null;
        category = null;
        level = null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String aliases) {
        this.aliases = aliases;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }
}
