package dev.kantor.routing.topics;

import java.net.URI;
import java.util.List;

import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;
import dev.kantor.routing.Topic;
import dev.kantor.routing.TopicCatalogue;
import dev.kantor.routing.TopicDetails;
import dev.kantor.routing.TopicSkill;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The topic catalogue through the REST API: everyone reads it, admins change it. */
@RestController
@RequestMapping("/api")
@Tag(name = "Routing")
class TopicsRestController {

    private final TopicCatalogue topics;

    TopicsRestController(TopicCatalogue topics) {
        this.topics = topics;
    }

    @GetMapping("/topics")
    @Operation(
            summary = "The topic catalogue",
            description = "Active topics first, each with the skills (and "
                    + "minimum level 1–5) that can serve it and the department whose queue it falls back to.")
    @Sortable({"code", "nameEn"})
    Paged<TopicResponse> topics(PageQuery paging) {
        return paging.inMemory(topics.all().stream().map(TopicResponse::of).toList());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/topics")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Add a topic (admins)",
            description = "201; 400 with the broken fields; 409 when the code " + "is taken.")
    ResponseEntity<TopicResponse> createTopic(@RequestBody TopicRequest request) {
        Topic created = topics.create(request.code(), request.details());
        return ResponseEntity.created(URI.create("/api/topics/" + created.code()))
                .body(TopicResponse.of(created));
    }

    @PutMapping("/topics/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Change a topic (admins)",
            description = "Send the version you read; 409 when the topic " + "changed since.")
    TopicResponse updateTopic(@PathVariable String code, @RequestBody TopicRequest request) {
        if (request.version() == null) {
            throw InvalidInput.of("version", "validation.required");
        }
        return TopicResponse.of(topics.update(code, request.details(), request.version()));
    }

    record TopicRequest(
            @Schema(example = "warranty") String code,
            String nameEn,
            String nameIdn,
            Long teamDepartmentId,
            Integer sortOrder,
            Boolean active,
            List<TopicSkill> skills,
            Integer version) {

        TopicDetails details() {
            return new TopicDetails(
                    nameEn,
                    nameIdn,
                    teamDepartmentId,
                    sortOrder == null ? 0 : sortOrder,
                    active == null || active,
                    skills == null ? List.of() : skills);
        }
    }

    record TopicResponse(
            String code,
            String nameEn,
            String nameIdn,
            Long teamDepartmentId,
            int sortOrder,
            boolean active,
            List<TopicSkill> skills,
            int version) {

        static TopicResponse of(Topic t) {
            return new TopicResponse(
                    t.code(),
                    t.nameEn(),
                    t.nameIdn(),
                    t.teamDepartmentId(),
                    t.sortOrder(),
                    t.active(),
                    t.minimumLevels().entrySet().stream()
                            .map(e -> new TopicSkill(e.getKey(), e.getValue()))
                            .toList(),
                    t.version());
        }
    }
}
