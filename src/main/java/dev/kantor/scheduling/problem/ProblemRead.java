package dev.kantor.scheduling.problem;

import java.util.List;

/**
 * What reading a problem's JSON gave: the problem when its shape was right, and every issue
 * found (types, missing fields). Rules are checked afterwards by the validator.
 */
public record ProblemRead(Problem problem, List<ProblemIssue> issues) {

    public ProblemRead {
        issues = Lists.copy(issues);
    }

    public boolean ok() {
        return problem != null && issues.isEmpty();
    }
}
