package dev.kantor.scheduling.problem;

/**
 * Something wrong with a problem: the field it is about, as a path such as
 * {@code shiftTypes[0].breaks[1].latestStartOffsetMinutes}, and a message key
 * ({@code scheduling.problem.*}) the web layer localizes.
 */
public record ProblemIssue(String field, String key) {}
