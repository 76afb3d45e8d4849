package dev.kantor.cases;

/** A case was opened, from any channel. */
public record CaseOpened(long caseId, String reference, Channel channel, CaseType type) {
}
