package dev.kantor.policies.handbook;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import dev.kantor.policies.PolicyCategory;
import dev.kantor.policies.ScopeKind;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;

/** A policy version as the API shows it. */
@Schema(name = "PolicyVersion", description = "One version of a policy: a draft, or published and final")
public record VersionDto(
        long id,
        long policyId,
        int number,
        PolicyCategory category,
        String titleEn,
        String titleId,
        String bodyEn,
        String bodyId,
        ScopeKind scopeKind,
        @Schema(description = "Offices' names, or the ids of departments, positions or employees")
                List<String> scopeTargets,
        LocalDate effectiveFrom,
        StoredVersion.VersionStatus status,
        @Schema(description = "FLEXTIME and TELEWORK: whether the arrangement is allowed") Boolean arrangementAllowed,
        Integer teleworkDays,
        @JsonFormat(pattern = "HH:mm") LocalTime coreFrom,
        @JsonFormat(pattern = "HH:mm") LocalTime coreUntil,
        String publishedBy,
        Instant publishedAt,
        @Schema(
                        description =
                                "Whether a manager must sign this version off before it is published: its scope is "
                                        + "narrower than everyone")
                boolean needsSignOff,
        @Schema(description = "The manager who signed off the version as it stands; a change clears it")
                String signedOffBy,
        Instant signedOffAt,
        @Schema(description = "Send it back with a change: a stale one is refused with 409") int version) {

    public static VersionDto of(StoredVersion v) {
        String targets = v.scope().targets();
        var terms = v.arrangement();
        return new VersionDto(
                v.id(),
                v.policyId(),
                v.number(),
                v.category(),
                v.titleEn(),
                v.titleIdn(),
                v.bodyEn(),
                v.bodyIdn(),
                v.scope().kind(),
                targets.isEmpty() ? List.of() : Arrays.asList(targets.split(",")),
                v.effectiveFrom(),
                v.status(),
                terms == null ? null : terms.allowed(),
                terms == null ? null : terms.teleworkDaysPerWeek(),
                terms == null ? null : terms.coreFrom(),
                terms == null ? null : terms.coreUntil(),
                v.publishedBy(),
                v.publishedAt(),
                v.needsSignOff(),
                v.signedOffBy(),
                v.signedOffAt(),
                v.version());
    }
}
