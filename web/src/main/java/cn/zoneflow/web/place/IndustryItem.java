package cn.zoneflow.web.place;

import cn.zoneflow.domain.model.project.Industry;
import java.io.Serializable;

/** An industry (产业领域) as lists show it. */
public record IndustryItem(String code, String name) implements Serializable {

    static IndustryItem of(Industry industry) {
        return new IndustryItem(industry.code(), industry.name());
    }
}
