package cn.zoneflow.web.material;

import cn.zoneflow.domain.model.material.EnterpriseMaterial;
import cn.zoneflow.domain.model.material.MaterialState;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A file the enterprise submitted as the portal, the officer's step and the API show it: for which procedure, when,
 * and what the officers made of it — with the reason when they returned it.
 */
public record MaterialRow(long id, long documentId, String procedure, String fileName, LocalDateTime submittedAt,
        MaterialState state, String reason, LocalDateTime decidedAt) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static MaterialRow of(EnterpriseMaterial material) {
        return new MaterialRow(material.id(), material.documentId(), material.procedureCode(), material.fileName(),
                material.submittedAt(), material.state(), material.reason(), material.decidedAt());
    }

    /** Whether the officers have yet to accept or return it. */
    public boolean isUndecided() {
        return state == MaterialState.SUBMITTED;
    }
}
