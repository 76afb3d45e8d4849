package dev.kantor.assessment.candidates;

import java.net.URI;
import java.time.Instant;

import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** HR invites job candidates to the self-assessment by private link (HR only). */
@RestController
@RequestMapping("/api/assessment/candidates")
@Tag(name = "Assessment")
@PreAuthorize("hasRole('HR')")
class CandidatesRestController {

    private final CandidateLinks links;
    private final String publicUrl;

    CandidatesRestController(
            CandidateLinks links, @Value("${kantor.public-url:http://localhost:8080}") String publicUrl) {
        this.links = links;
        this.publicUrl = publicUrl;
    }

    /** Whom to invite. */
    record InviteBody(String fullName, String email) {}

    /** The invitation: the link is given this once. */
    record InvitationDto(long id, String fullName, String link, Instant expiresAt) {}

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(
            summary = "Invite a candidate",
            description = "201 with the private link, given only now (Kantor keeps its hash). It opens the "
                    + "questionnaire without an account, once, until it expires (14 days).")
    ResponseEntity<InvitationDto> invite(@RequestBody InviteBody body) {
        CandidateLinks.Invitation invitation =
                links.invite(body == null ? null : body.fullName(), body == null ? null : body.email());
        Candidate c = invitation.candidate();
        return ResponseEntity.created(URI.create("/api/assessment/candidates/" + c.id()))
                .body(new InvitationDto(
                        c.id(),
                        c.fullName(),
                        CandidatesController.linkFor(publicUrl, invitation.token()),
                        c.expiresAt()));
    }

    @GetMapping
    @Operation(summary = "Candidates invited, newest first", description = "Whether each answered and shared.")
    @Sortable({"name", "id"})
    Paged<Candidate> all(PageQuery paging) {
        return paging.inMemory(links.all());
    }
}
