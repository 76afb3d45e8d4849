package dev.kantor.policies.handbook;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;
import dev.kantor.platform.web.Viewer;
import dev.kantor.policies.Approach;
import dev.kantor.policies.ArrangementTerms;
import dev.kantor.policies.PolicyCategory;
import dev.kantor.policies.PolicyDraft;
import dev.kantor.policies.PolicyVersionRef;
import dev.kantor.policies.ScopeKind;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Policies, their versions and scopes, and management's decisions through the REST API. Everyone signed in reads
 * the published versions; only HR and admins see drafts, write and publish; managers and admins decide and sign
 * off. Every change is audited; a change sent with a stale {@code version} is refused with 409.
 */
@RestController
@RequestMapping("/api/policies")
@Tag(name = "Policies")
class HandbookRestController {

    private final HandbookService handbook;
    private final PolicyStore store;
    private final Decisions decisions;

    HandbookRestController(HandbookService handbook, PolicyStore store, Decisions decisions) {
        this.handbook = handbook;
        this.store = store;
        this.decisions = decisions;
    }

    @Schema(
            name = "PolicyDraftRequest",
            description = "A policy version's text and scope; FLEXTIME and TELEWORK need arrangementAllowed")
    record DraftRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String titleEn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String titleId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String bodyEn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String bodyId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ScopeKind scopeKind,
            @Schema(description = "Offices' names (FRONT, BACK, HYBRID), or ids of departments, positions, employees")
                    List<String> scopeTargets,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-03-01") LocalDate effectiveFrom,
            Boolean arrangementAllowed,
            @Schema(description = "TELEWORK: days a week, 1 to 5") Integer teleworkDays,
            @JsonFormat(pattern = "HH:mm") @Schema(example = "10:00") LocalTime coreFrom,
            @JsonFormat(pattern = "HH:mm") @Schema(example = "15:00") LocalTime coreUntil) {

        PolicyDraft draft() {
            ArrangementTerms terms = arrangementAllowed == null
                    ? null
                    : new ArrangementTerms(
                            arrangementAllowed, teleworkDays == null ? 0 : teleworkDays, coreFrom, coreUntil);
            return new PolicyDraft(titleEn, titleId, bodyEn, bodyId, scopeKind, scopeTargets, effectiveFrom, terms);
        }
    }

    @Schema(name = "NewPolicyRequest")
    record NewPolicyRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PolicyCategory category,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) DraftRequest draft) {}

    @Schema(name = "PolicyChangeRequest")
    record ChangeRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) DraftRequest draft,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {}

    @Schema(name = "PolicyVersionRequest")
    record VersionRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {}

    @Schema(name = "PolicyDecisionRequest")
    record DecisionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Approach approach,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reason) {}

    @Schema(name = "Policy", description = "A policy and its versions, newest first")
    record PolicyDto(long id, PolicyCategory category, List<VersionDto> versions) {}

    @GetMapping
    @Operation(
            summary = "Every policy with its versions",
            description = "Drafts for HR and admins; managers also see the drafts they must sign off")
    @Sortable({"id"})
    Paged<PolicyDto> all(PageQuery paging) {
        Map<Long, List<VersionDto>> byPolicy = new TreeMap<>();
        for (StoredVersion v : store.all()) {
            if (!mayRead(v)) {
                continue;
            }
            byPolicy.computeIfAbsent(v.policyId(), id -> new java.util.ArrayList<>())
                    .add(0, VersionDto.of(v));
        }
        return paging.inMemory(byPolicy.entrySet().stream()
                .map(e -> new PolicyDto(e.getKey(), e.getValue().get(0).category(), e.getValue()))
                .toList());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Operation(summary = "A new policy with its first version as a draft (HR, admins)")
    ResponseEntity<VersionDto> create(@RequestBody NewPolicyRequest request) {
        if (request.draft() == null) {
            throw KantorException.invalid("policies.draft.required");
        }
        PolicyVersionRef ref =
                handbook.newPolicy(request.category(), request.draft().draft());
        return created(ref);
    }

    @GetMapping("/{policyId}/versions")
    @Operation(summary = "A policy's versions, newest first; old versions stay readable")
    @Sortable({"number"})
    Paged<VersionDto> versions(@PathVariable long policyId, PageQuery paging) {
        List<VersionDto> versions = store.versionsOf(policyId).stream()
                .filter(HandbookRestController::mayRead)
                .map(VersionDto::of)
                .toList();
        if (versions.isEmpty()) {
            throw KantorException.notFound("policies.not-found");
        }
        return paging.inMemory(versions);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{policyId}/versions")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Operation(summary = "A new draft version of a policy (HR, admins)")
    ResponseEntity<VersionDto> newVersion(@PathVariable long policyId, @RequestBody DraftRequest request) {
        return created(handbook.newVersion(policyId, request.draft()));
    }

    @GetMapping("/versions/{versionId}")
    @Operation(summary = "One version; a draft only for HR and admins, and for managers when it needs their sign-off")
    VersionDto version(@PathVariable long versionId) {
        return VersionDto.of(visible(versionId));
    }

    @PutMapping("/versions/{versionId}")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Operation(summary = "Change a draft under its version (HR, admins); 409 when stale or published")
    VersionDto change(@PathVariable long versionId, @RequestBody ChangeRequest request) {
        if (request.draft() == null || request.version() == null) {
            throw KantorException.invalid("policies.draft.required");
        }
        handbook.changeDraft(versionId, request.draft().draft(), request.version());
        return VersionDto.of(store.version(versionId).orElseThrow());
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/versions/{versionId}")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Operation(summary = "Remove a draft (HR, admins)")
    ResponseEntity<Void> delete(@PathVariable long versionId, @RequestParam int version) {
        handbook.deleteDraft(versionId, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/versions/{versionId}/publish")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Operation(
            summary = "Publish a draft (HR, admins)",
            description = "409 with conflictingVersions while it would conflict with published versions; "
                    + "422 for a version for an environment while its category is not decided to differ by "
                    + "environment with a manager's sign-off")
    VersionDto publish(@PathVariable long versionId, @RequestBody VersionRequest request) {
        handbook.publish(versionId, required(request));
        return VersionDto.of(store.version(versionId).orElseThrow());
    }

    @PostMapping("/versions/{versionId}/sign-off")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Operation(
            summary = "A manager signs off a draft whose scope is narrower than everyone (managers, admins)",
            description = "Only a signed-off version for an environment may be published; changing the draft "
                    + "afterwards clears the sign-off. 409 when stale or already signed off, 422 for a version "
                    + "for everyone")
    VersionDto signOffVersion(@PathVariable long versionId, @RequestBody VersionRequest request) {
        visible(versionId);
        handbook.signOffVersion(versionId, required(request));
        return VersionDto.of(store.version(versionId).orElseThrow());
    }

    @GetMapping("/versions/{versionId}/conflicts")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Operation(summary = "The published versions a draft would conflict with (HR, admins)")
    @Sortable({"number"})
    Paged<VersionDto> conflicts(@PathVariable long versionId, PageQuery paging) {
        StoredVersion v = store.version(versionId).orElseThrow(() -> KantorException.notFound("policies.not-found"));
        return paging.inMemory(handbook.conflictsOf(v).stream()
                .map(c -> store.version(c.second().versionId()).orElseThrow())
                .map(VersionDto::of)
                .toList());
    }

    @PostMapping("/decisions/{category}/sign-off")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Operation(summary = "A manager signs off the decision that a category differs by environment")
    Decision signOff(@PathVariable PolicyCategory category, @RequestBody VersionRequest request) {
        handbook.signOff(category, required(request));
        return decisions.of(category).orElseThrow();
    }

    @GetMapping("/decisions")
    @Operation(summary = "Management's decision per category: equal for all or per environment")
    @Sortable({"category"})
    Paged<Decision> decisions(PageQuery paging) {
        return paging.inMemory(decisions.all());
    }

    @PutMapping("/decisions/{category}")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Operation(summary = "Decide a category (managers, admins)")
    Decision decide(@PathVariable PolicyCategory category, @RequestBody DecisionRequest request) {
        handbook.decide(category, request.approach(), request.reason());
        return decisions.of(category).orElseThrow();
    }

    private StoredVersion visible(long versionId) {
        StoredVersion v = store.version(versionId).orElseThrow(() -> KantorException.notFound("policies.not-found"));
        if (!mayRead(v)) {
            // a draft is HR's (and its signing manager's): to anyone else it does not exist
            throw KantorException.notFound("policies.not-found");
        }
        return v;
    }

    /** Published versions are everyone's; drafts HR's, and a manager's when they need a manager's sign-off. */
    static boolean mayRead(StoredVersion v) {
        Viewer viewer = Viewer.current();
        return v.isPublished() || viewer.mayAdministerPeople() || (viewer.manages() && v.needsSignOff());
    }

    private static int required(VersionRequest request) {
        new dev.kantor.platform.InputCheck()
                .required("version", request == null ? null : request.version())
                .throwIfAny();
        return request.version();
    }

    private ResponseEntity<VersionDto> created(PolicyVersionRef ref) {
        return ResponseEntity.created(URI.create("/api/policies/versions/" + ref.versionId()))
                .body(VersionDto.of(store.version(ref.versionId()).orElseThrow()));
    }
}
