package dev.kantor.people;

import java.util.List;

/** Why one line of an imported file cannot be imported. */
public record ImportProblem(long line, String field, String messageKey, List<Object> args) {}
