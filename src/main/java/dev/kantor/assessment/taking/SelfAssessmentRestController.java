package dev.kantor.assessment.taking;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.assessment.Audience;
import dev.kantor.assessment.Dimension;
import dev.kantor.assessment.instrument.Instrument;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The self-assessment through the REST API: the questionnaire, taking it, the caller's results and
 * history, and whom they share them with. Someone else's result answers 404 unless they shared it
 * with the caller, exactly as if it did not exist.
 */
@RestController
@RequestMapping("/api/assessment")
@Tag(name = "Assessment")
class SelfAssessmentRestController {

    private final SelfAssessments assessments;
    private final MessageSource messages;

    SelfAssessmentRestController(SelfAssessments assessments, MessageSource messages) {
        this.assessments = assessments;
        this.messages = messages;
    }

    /** A statement as the questionnaire asks it, in the caller's language. */
    record StatementDto(int number, Dimension dimension, String text) {}

    /** The questionnaire: its version, the scale and the statements. */
    record Questionnaire(int version, int lowest, int highest, String disclaimer, List<StatementDto> statements) {}

    /** Answers by statement number, each 1 (disagree strongly) to 5 (agree strongly); every one is needed. */
    record AnswersBody(Map<Integer, Integer> answers) {}

    /** Whom the caller's results are shared with. */
    record Sharing(Set<Audience> sharedWith) {}

    @GetMapping("/questionnaire")
    @Operation(
            summary = "The self-assessment's statements in the caller's language",
            description = "A self-reflection tool, not a clinical or hiring test. Which statements are reversed is "
                    + "not given, so that answers stay unprompted.")
    Questionnaire questionnaire() {
        var locale = LocaleContextHolder.getLocale();
        return new Questionnaire(
                Instrument.VERSION,
                Instrument.LOWEST,
                Instrument.HIGHEST,
                messages.getMessage("assessment.disclaimer", null, locale),
                Instrument.statements().stream()
                        .map(s -> new StatementDto(
                                s.number(), s.dimension(), messages.getMessage(s.messageKey(), null, locale)))
                        .toList());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/results")
    @Operation(
            summary = "Take the self-assessment",
            description = "201 with the result (a new entry in the caller's history). Every statement must be "
                    + "answered from 1 to 5: a 400 problem names each one missing or out of range (answers[7]). "
                    + "403 for an account that is nobody's.")
    ResponseEntity<ResultDto> take(@RequestBody AnswersBody body) {
        long me = CurrentUser.employeeId(SelfAssessmentController.NO_EMPLOYEE);
        StoredResponse stored =
                assessments.take(me, body == null ? null : body.answers(), LocaleContextHolder.getLocale());
        return ResponseEntity.created(URI.create("/api/assessment/results/" + stored.id()))
                .body(ResultDto.of(stored));
    }

    @GetMapping("/results")
    @Operation(summary = "The caller's results, newest first", description = "Only ever the caller's own.")
    @Sortable({"takenAt"})
    Paged<ResultDto> mine(PageQuery paging) {
        long me = CurrentUser.employeeId(SelfAssessmentController.NO_EMPLOYEE);
        return paging.inMemory(
                assessments.history(me).stream().map(ResultDto::of).toList());
    }

    @GetMapping("/results/{id}")
    @Operation(
            summary = "One result",
            description = "The caller's own, or one its employee shared with the caller (HR, or their manager). "
                    + "Any other answers 404, as for a result that does not exist.")
    ResultDto one(@PathVariable long id) {
        return ResultDto.of(assessments.visible(id, Reader.current()));
    }

    @GetMapping("/employees/{employeeId}/results")
    @Operation(
            summary = "An employee's results, newest first",
            description = "Only for the employee, or whom they share with; 404 otherwise.")
    @Sortable({"takenAt"})
    Paged<ResultDto> ofEmployee(@PathVariable long employeeId, PageQuery paging) {
        return paging.inMemory(assessments.visibleHistory(employeeId, Reader.current()).stream()
                .map(ResultDto::of)
                .toList());
    }

    @GetMapping("/sharing")
    @Operation(summary = "Whom the caller shares their results with")
    Sharing sharing() {
        return new Sharing(assessments.sharedWith(CurrentUser.employeeId(SelfAssessmentController.NO_EMPLOYEE)));
    }

    @PutMapping("/sharing/{audience}")
    @Operation(
            summary = "Share the caller's results with HR or their manager",
            description = "Until revoked; sharing again changes nothing. 400 for MANAGER when the caller has none.")
    Sharing share(@PathVariable Audience audience) {
        long me = CurrentUser.employeeId(SelfAssessmentController.NO_EMPLOYEE);
        assessments.share(me, audience);
        return new Sharing(assessments.sharedWith(me));
    }

    @DeleteMapping("/sharing/{audience}")
    @Operation(summary = "Stop sharing with an audience", description = "It sees none of the results from now on.")
    Sharing revoke(@PathVariable Audience audience) {
        long me = CurrentUser.employeeId(SelfAssessmentController.NO_EMPLOYEE);
        assessments.revoke(me, audience);
        return new Sharing(assessments.sharedWith(me));
    }
}
