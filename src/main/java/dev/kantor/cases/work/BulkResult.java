package dev.kantor.cases.work;

import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.ProblemTypes;

/**
 * What became of one case in a bulk change: changed (with its new version), or refused with the
 * reason a change of that one case alone would have been refused with.
 *
 * @param reference null for a case that does not exist
 */
public record BulkResult(long caseId, String reference, Integer version, Refusal refusal) {

    /**
     * Why a case was left as it was.
     *
     * @param status the HTTP status a change of this case alone would have been answered with
     * @param type   the problem type that answer would have had
     */
    public record Refusal(int status, String type, String messageKey, Object[] args) {

        static Refusal of(KantorException e) {
            if (e instanceof InvalidInput invalid && !invalid.problems().isEmpty()) {
                var problem = invalid.problems().get(0);
                return new Refusal(
                        400,
                        "invalid-input",
                        problem.messageKey(),
                        problem.args().toArray());
            }
            return new Refusal(ProblemTypes.statusOf(e).value(), ProblemTypes.of(e), e.messageKey(), e.args());
        }

        static Refusal concurrentChange() {
            return new Refusal(409, "concurrent-change", "error.concurrent-change", new Object[0]);
        }
    }

    public boolean changed() {
        return refusal == null;
    }

    BulkResult withReference(String newReference) {
        return new BulkResult(caseId, newReference, version, refusal);
    }
}
