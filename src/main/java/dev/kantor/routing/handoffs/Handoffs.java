package dev.kantor.routing.handoffs;

import java.time.Instant;
import java.util.List;

import dev.kantor.platform.KantorException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Handoffs extends ListCrudRepository<Handoff, Long> {

    @Query(
            "select * from handoff where state = 'OFFERED' and offer_expires_at <= :now order by offer_expires_at limit 100")
    List<Handoff> offersRunOut(Instant now);

    @Query("select * from handoff where state = 'OFFERED' and offered_to = :employeeId order by created_at")
    List<Handoff> offeredTo(long employeeId);

    /** The handoff, or refused as not found. */
    default Handoff require(long handoffId) {
        return findById(handoffId).orElseThrow(() -> KantorException.notFound("routing.handoff.not-found", handoffId));
    }

    /**
     * Stores a step under the version it was read at: when another answer came first (a second tab,
     * the expiry), this one is refused and changes nothing.
     */
    default Handoff store(Handoff handoff) {
        try {
            return save(handoff);
        } catch (OptimisticLockingFailureException e) {
            throw KantorException.conflict("routing.handoff.answered-meanwhile");
        }
    }
}
