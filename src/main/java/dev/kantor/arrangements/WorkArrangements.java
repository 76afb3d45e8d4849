package dev.kantor.arrangements;

import dev.kantor.arrangements.requests.Arrangements;

import org.springframework.stereotype.Service;

/**
 * Work arrangements for other modules, as the signed-in person: file one (as the employee) and approve one (as
 * their manager), by the same rules as the pages and the API. The demo company's requests come this way.
 */
@Service
public class WorkArrangements {

    private final Arrangements arrangements;

    WorkArrangements(Arrangements arrangements) {
        this.arrangements = arrangements;
    }

    /** Whether anyone ever asked for a work arrangement. */
    public boolean any() {
        return arrangements.any();
    }

    /**
     * Files a request as the signed-in employee.
     *
     * @return the new arrangement's id
     * @throws dev.kantor.platform.InvalidInput naming each field that breaks a rule, {@code kind} when the policy
     *                                          in force does not allow it
     */
    public long file(NewArrangement request) {
        return arrangements.file(request).id();
    }

    /**
     * Approves an arrangement as the signed-in manager of its employee.
     *
     * @param overrideReason why it is approved although a front-office queue would fall short, or null
     */
    public void approve(long arrangementId, String reason, String overrideReason) {
        int version = arrangements.view(arrangementId).arrangement().version();
        arrangements.approve(arrangementId, version, reason, overrideReason);
    }
}
