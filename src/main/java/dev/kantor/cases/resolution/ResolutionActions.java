package dev.kantor.cases.resolution;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Resolution actions as stored. */
public interface ResolutionActions extends ListCrudRepository<ResolutionAction, Long> {

    List<ResolutionAction> findByCaseIdOrderByProposedAt(long caseId);

    List<ResolutionAction> findByApproverIdAndStateOrderByProposedAt(long approverId, ResolutionState state);

    List<ResolutionAction> findByStateOrderByProposedAt(ResolutionState state);
}
