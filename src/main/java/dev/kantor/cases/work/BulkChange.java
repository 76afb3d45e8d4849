package dev.kantor.cases.work;

import java.util.List;

import dev.kantor.cases.CaseStatus;

/**
 * One change to many cases, each named with the version it was read at.
 *
 * @param assigneeId for {@link BulkAction#ASSIGN}: who gets the cases
 * @param status     for {@link BulkAction#CHANGE_STATUS}: one a person may choose
 */
public record BulkChange(BulkAction action, Long assigneeId, CaseStatus status, List<CaseVersion> cases) {

    /** A case as it was read: its id and version. */
    public record CaseVersion(Long id, Integer version) {}
}
