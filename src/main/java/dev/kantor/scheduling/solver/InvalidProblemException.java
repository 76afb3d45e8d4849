package dev.kantor.scheduling.solver;

import java.util.List;

import dev.kantor.scheduling.problem.ProblemIssue;

/** A problem the validator refuses was given to the solver; it names every issue. */
public class InvalidProblemException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<ProblemIssue> issues;

    public InvalidProblemException(List<ProblemIssue> issues) {
        super("invalid scheduling problem: " + issues);
        this.issues = List.copyOf(issues);
    }

    public List<ProblemIssue> issues() {
        return issues;
    }
}
