package dev.kantor.platform;

import java.util.List;

/** Input that breaks one or more rules; nothing was changed. */
public class InvalidInput extends KantorException {

    private final transient List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(Kind.INVALID, "error.invalid-input");
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String messageKey, Object... args) {
        return new InvalidInput(List.of(new FieldProblem(field, messageKey, args)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
