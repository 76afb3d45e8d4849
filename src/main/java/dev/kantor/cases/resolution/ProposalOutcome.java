package dev.kantor.cases.resolution;

/**
 * What became of a proposed resolution: carried out at once, or waiting for the named approver.
 */
public record ProposalOutcome(ResolutionAction action, AuthorityCheck check, Long approverId, String approverName) {

    public boolean carriedOut() {
        return action.done();
    }
}
