package dev.kantor.cases;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ResolutionActions extends ListCrudRepository<ResolutionAction, Long> {

    List<ResolutionAction> findByCaseIdOrderByProposedAt(long caseId);

    List<ResolutionAction> findByApproverIdAndStateOrderByProposedAt(long approverId, ResolutionState state);

    List<ResolutionAction> findByStateOrderByProposedAt(ResolutionState state);

    /** What someone carried out or approved with one kind of action since a moment (the start of their day). */
    @Query("""
            select coalesce(sum(amount), 0) from resolution_action
            where decided_by = :employee and action_type = :type and state in ('CARRIED_OUT', 'APPROVED')
              and decided_at >= :since""")
    long usedSince(long employee, String type, Instant since);
}
