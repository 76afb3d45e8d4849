package dev.kantor.policies;

import java.time.LocalDate;
import java.util.List;

/**
 * The text and scope of a policy version as HR writes it, in both languages.
 *
 * @param scopeTargets for OFFICE the offices' names (FRONT, BACK, HYBRID); for DEPARTMENTS, POSITIONS and EMPLOYEES
 *     their ids; nothing for EVERYONE
 * @param arrangement for FLEXTIME and TELEWORK versions: what they allow (null elsewhere)
 */
public record PolicyDraft(
        String titleEn,
        String titleId,
        String bodyEn,
        String bodyId,
        ScopeKind scopeKind,
        List<String> scopeTargets,
        LocalDate effectiveFrom,
        ArrangementTerms arrangement) {

    public PolicyDraft {
        scopeTargets = scopeTargets == null ? List.of() : List.copyOf(scopeTargets);
    }
}
