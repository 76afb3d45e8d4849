package dev.kantor.assessment.matching;

import java.util.List;

import dev.kantor.assessment.fit.Match;
import dev.kantor.assessment.instrument.DimensionQuality;
import dev.kantor.assessment.taking.Reader;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Matches, moves, team coverage and the instrument's quality through the REST API. */
@RestController
@RequestMapping("/api/assessment")
@Tag(name = "Assessment")
class MatchingRestController {

    private final Matches matches;
    private final TeamCoverage coverage;

    MatchingRestController(Matches matches, TeamCoverage coverage) {
        this.matches = matches;
        this.coverage = coverage;
    }

    /** A position a person could move to: its id and title, and how they fit it. */
    record MoveDto(long positionId, String title, Match match) {}

    @GetMapping("/matches")
    @PreAuthorize("hasRole('HR')")
    @Operation(
            summary = "Everyone ranked against a position's role profile (HR)",
            description = "Active employees and candidates who shared their result, by skill gap, then fit (0 to "
                    + "100; left out when no result is shared with HR), then name; each with its reasons, best first; "
                    + "`sharedOnly=true` keeps only people whose shared result counts. 404 when neither the position "
                    + "nor its department has a profile.")
    Paged<Match> forPosition(
            @RequestParam long positionId, @RequestParam(defaultValue = "false") boolean sharedOnly, PageQuery paging) {
        return paging.inMemory(matches.forPosition(positionId).stream()
                .filter(m -> !sharedOnly || m.fit() != null)
                .toList());
    }

    @GetMapping("/moves")
    @Operation(
            summary = "Positions that fit a person, with the gaps to close",
            description = "The caller's own (employeeId left out or their own id), or anyone's for HR; 403 otherwise. "
                    + "Dimension fit counts only for the caller themselves or when the person shares with HR.")
    @Sortable({"title"})
    Paged<MoveDto> moves(@RequestParam(required = false) Long employeeId, PageQuery paging) {
        Reader reader = Reader.current();
        long subject = employeeId == null ? CurrentUser.employeeId("assessment.no-employee") : employeeId;
        boolean self = Long.valueOf(subject).equals(reader.employeeId());
        if (!self && !reader.hr()) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "assessment.moves.not-yours");
        }
        return paging.inMemory(matches.movesFor(subject, self || matches.sharesWithHr(subject)).stream()
                .map(m -> new MoveDto(m.position().getId(), m.position().getTitleEn(), m.match()))
                .toList());
    }

    @GetMapping("/coverage")
    @PreAuthorize("hasRole('HR')")
    @Operation(
            summary = "Team coverage (HR)",
            description = "Per department, per skill and dimension its profiles ask: how many people are asked and "
                    + "how many meet it (cells keyed department/s<skill id> and department/<DIMENSION>).")
    Coverage coverage() {
        return coverage.now();
    }

    @GetMapping("/quality")
    @PreAuthorize("hasRole('HR')")
    @Operation(
            summary = "The instrument's consistency (HR)",
            description = "Per dimension, Cronbach's alpha and each statement's corrected item-total correlation over "
                    + "each employee's latest answers and every candidate's; null where it cannot be told yet.")
    @Sortable({"dimension"})
    Paged<QualityDto> quality(PageQuery paging) {
        return paging.inMemory(matches.quality().stream().map(QualityDto::of).toList());
    }

    /** A dimension's alpha and its statements' item-total correlations; null where they cannot be told. */
    record QualityDto(dev.kantor.assessment.Dimension dimension, int respondents, Double alpha, List<ItemDto> items) {

        static QualityDto of(DimensionQuality q) {
            return new QualityDto(
                    q.dimension(),
                    q.respondents(),
                    q.hasAlpha() ? q.alpha() : null,
                    q.items().stream()
                            .map(i -> new ItemDto(
                                    i.statement().number(),
                                    i.statement().reversed(),
                                    i.hasItemTotal() ? i.itemTotal() : null))
                            .toList());
        }
    }

    /** A statement's item-total correlation. */
    record ItemDto(int statement, boolean reversed, Double itemTotal) {}
}
