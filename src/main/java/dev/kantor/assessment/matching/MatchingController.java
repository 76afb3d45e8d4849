package dev.kantor.assessment.matching;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kantor.assessment.fit.Match;
import dev.kantor.assessment.taking.Reader;
import dev.kantor.people.Department;
import dev.kantor.people.People;
import dev.kantor.people.Position;
import dev.kantor.people.Skill;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * HR's matching pages: who fits a position, where a person could move, the team coverage heat map
 * and the instrument's quality. Everyone may look at their own moves.
 */
@Controller
class MatchingController {

    /** The most matches a page lists; the API answers all. */
    static final int SHOWN = 50;

    private final Matches matches;
    private final TeamCoverage coverage;
    private final People people;

    MatchingController(Matches matches, TeamCoverage coverage, People people) {
        this.matches = matches;
        this.coverage = coverage;
        this.people = people;
    }

    @GetMapping("/assessment/matches")
    @PreAuthorize("hasRole('HR')")
    String forPosition(
            @RequestParam(required = false) Long position,
            @RequestParam(defaultValue = "false") boolean shared,
            Model model) {
        List<Position> positions =
                people.positions().stream().filter(Position::isActive).toList();
        model.addAttribute("positions", positions);
        model.addAttribute("position", position);
        model.addAttribute("shared", shared);
        model.addAttribute("skillNames", skillNames());
        if (position != null) {
            Position chosen = people.position(position)
                    .orElseThrow(() -> KantorException.notFound("assessment.profile.no-position"));
            model.addAttribute("chosen", chosen);
            try {
                List<Match> all = matches.forPosition(position);
                List<Match> listed =
                        shared ? all.stream().filter(m -> m.fit() != null).toList() : all;
                model.addAttribute("total", listed.size());
                model.addAttribute("matches", listed.stream().limit(SHOWN).toList());
            } catch (KantorException e) {
                model.addAttribute("noProfile", true);
            }
        }
        return "assessment/matches";
    }

    @GetMapping("/assessment/moves")
    String moves(@RequestParam(required = false) Long employee, Model model) {
        Reader reader = Reader.current();
        long subject = employee == null ? CurrentUser.employeeId("assessment.no-employee") : employee;
        boolean self = Long.valueOf(subject).equals(reader.employeeId());
        if (!self && !reader.hr()) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "assessment.moves.not-yours");
        }
        boolean withScores = self || matches.sharesWithHr(subject);
        model.addAttribute("moves", matches.movesFor(subject, withScores));
        model.addAttribute("subject", people.nameOf(subject).orElse(""));
        model.addAttribute("self", self);
        model.addAttribute("withScores", withScores);
        model.addAttribute("skillNames", skillNames());
        if (reader.hr()) {
            model.addAttribute("employees", people.activeEmployees());
            model.addAttribute("employee", subject);
        }
        return "assessment/moves";
    }

    @GetMapping("/assessment/coverage")
    @PreAuthorize("hasRole('HR')")
    String coverage(Model model) {
        Coverage now = coverage.now();
        model.addAttribute("coverage", now);
        model.addAttribute("skillNames", skillNames());
        model.addAttribute(
                "departmentNames",
                people.departments().stream().collect(Collectors.toMap(Department::getId, Function.identity())));
        return "assessment/coverage";
    }

    @GetMapping("/assessment/quality")
    @PreAuthorize("hasRole('HR')")
    String quality(Model model) {
        model.addAttribute("quality", matches.quality());
        model.addAttribute("acceptable", dev.kantor.assessment.instrument.DimensionQuality.ACCEPTABLE_ALPHA);
        model.addAttribute("weak", dev.kantor.assessment.instrument.DimensionQuality.WEAK_ITEM);
        return "assessment/quality";
    }

    private Map<Long, Skill> skillNames() {
        return people.skills().stream().collect(Collectors.toMap(Skill::id, Function.identity()));
    }
}
