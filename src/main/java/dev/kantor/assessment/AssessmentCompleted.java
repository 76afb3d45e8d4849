package dev.kantor.assessment;

/**
 * Someone finished the self-assessment: an employee ({@code employeeId}) or a candidate invited by
 * a private link ({@code candidateId}), never both.
 */
public record AssessmentCompleted(long responseId, Long employeeId, Long candidateId) {}
