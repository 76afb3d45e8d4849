package dev.kantor.assessment.profiles;

import java.util.Map;

import dev.kantor.assessment.Dimension;
import dev.kantor.assessment.DimensionRange;
import dev.kantor.assessment.Leaning;
import dev.kantor.assessment.ProfileDetails;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Role profiles per position and per department through the REST API (HR only). */
@RestController
@RequestMapping("/api/assessment/role-profiles")
@Tag(name = "Assessment")
@PreAuthorize("hasRole('HR')")
class RoleProfilesRestController {

    private final RoleProfiles profiles;

    RoleProfilesRestController(RoleProfiles profiles) {
        this.profiles = profiles;
    }

    /** A profile as sent: the version read before changing it (left out for a new one). */
    record ProfileBody(
            Leaning office, Map<Long, Integer> skills, Map<Dimension, DimensionRange> ranges, Integer version) {}

    @GetMapping
    @Operation(summary = "Every role profile")
    @Sortable({"id"})
    Paged<RoleProfile> all(PageQuery paging) {
        return paging.inMemory(profiles.all());
    }

    @GetMapping("/positions/{positionId}")
    @Operation(summary = "A position's own profile", description = "404 when it has none (its department's applies).")
    RoleProfile ofPosition(@PathVariable long positionId) {
        return profiles.ofPosition(positionId).orElseThrow(() -> KantorException.notFound("assessment.profile.none"));
    }

    @PutMapping("/positions/{positionId}")
    @Operation(
            summary = "Define or change a position's profile",
            description = "Skills by catalogue id with the least level (1 to 5); dimension ranges 0 to 100. A change "
                    + "names the version read, else 409. A back-office position with customer contact is always "
                    + "matched with customer service at least at 3.")
    RoleProfile putPosition(@PathVariable long positionId, @RequestBody ProfileBody body) {
        return profiles.save(details(positionId, null, body));
    }

    @GetMapping("/departments/{departmentId}")
    @Operation(summary = "A department's default profile", description = "404 when it has none.")
    RoleProfile ofDepartment(@PathVariable long departmentId) {
        return profiles.ofDepartment(departmentId)
                .orElseThrow(() -> KantorException.notFound("assessment.profile.none"));
    }

    @PutMapping("/departments/{departmentId}")
    @Operation(summary = "Define or change a department's default profile", description = "As for a position.")
    RoleProfile putDepartment(@PathVariable long departmentId, @RequestBody ProfileBody body) {
        return profiles.save(details(null, departmentId, body));
    }

    private static ProfileDetails details(Long positionId, Long departmentId, ProfileBody body) {
        if (body == null) {
            body = new ProfileBody(null, null, null, null);
        }
        return new ProfileDetails(
                positionId, departmentId, body.office(), body.skills(), body.ranges(), body.version());
    }
}
