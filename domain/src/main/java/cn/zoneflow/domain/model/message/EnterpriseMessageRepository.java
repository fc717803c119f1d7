package cn.zoneflow.domain.model.message;

import cn.zoneflow.domain.model.shared.Page;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The messages told to enterprises. */
public interface EnterpriseMessageRepository {

    void add(EnterpriseMessage message);

    /** Whether the enterprise was told of this already. */
    boolean told(long enterpriseId, EnterpriseMessageKind kind, String about);

    /** The enterprise's messages, newest first, each with its project. */
    Page<EnterpriseMessage> of(long enterpriseId, int page, int size);

    /** How many came to the enterprise after the moment; all of them when there is none. */
    long countAfter(long enterpriseId, LocalDateTime after);

    /** The message, locked until the transaction ends, while it was not mailed yet. */
    Optional<EnterpriseMessage> lockUnmailed(long id);

    /** The oldest not mailed yet that came after the moment. */
    List<Long> unmailedAfter(LocalDateTime after, int max);
}
