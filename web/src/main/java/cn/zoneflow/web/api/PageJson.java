package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.shared.Page;
import java.util.List;

/** A list as the API pages it: {@code {"items": [...], "total": N, "page": p, "size": s}}. */
public record PageJson<T>(List<T> items, long total, int page, int size) {

    public static <T> PageJson<T> of(Page<T> page) {
        return new PageJson<>(page.items(), page.total(), page.page(), page.size());
    }
}
