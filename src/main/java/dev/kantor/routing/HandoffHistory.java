package dev.kantor.routing;

import java.util.List;
import java.util.Optional;

/**
 * Routing's handoffs read back as they stand, page by page in the order of their ids: for modules that
 * count handoffs from routing's events and must be able to count them all again from scratch.
 */
public interface HandoffHistory {

    /** The handoffs whose id is above {@code afterId}, in the order of their ids, at most {@code limit}. */
    List<PastHandoff> after(long afterId, int limit);

    /** One handoff as it stands now, if there is one. */
    Optional<PastHandoff> of(long handoffId);
}
