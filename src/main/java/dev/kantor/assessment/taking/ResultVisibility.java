package dev.kantor.assessment.taking;

import java.util.Set;

import dev.kantor.assessment.Audience;

/**
 * Who may see an employee's self-assessment results: the employee always; people with the HR role
 * only while the employee shares with HR; their own manager only while the employee shares with
 * their manager. Nobody else, administrators included. A candidate's result: HR, when the candidate
 * shared it.
 */
public final class ResultVisibility {

    private ResultVisibility() {}

    /**
     * @param viewerEmployeeId the employee the viewer is, or null for an account that is nobody's
     * @param viewerIsHr       whether the viewer has the HR role
     * @param subjectManagerId the subject's manager, or null
     */
    public static boolean maySeeEmployee(
            Long viewerEmployeeId, boolean viewerIsHr, long subjectId, Long subjectManagerId, Set<Audience> shared) {
        if (viewerEmployeeId != null && viewerEmployeeId == subjectId) {
            return true;
        }
        if (viewerIsHr && shared.contains(Audience.HR)) {
            return true;
        }
        return viewerEmployeeId != null
                && viewerEmployeeId.equals(subjectManagerId)
                && shared.contains(Audience.MANAGER);
    }

    public static boolean maySeeCandidate(boolean viewerIsHr, boolean candidateShared) {
        return viewerIsHr && candidateShared;
    }
}
