package dev.kantor.reporting.hr;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.kantor.assessment.Dimension;
import dev.kantor.assessment.SharedResults;
import dev.kantor.assessment.SkillGaps;
import dev.kantor.people.Office;
import dev.kantor.people.People;
import dev.kantor.people.Position;
import dev.kantor.people.Skill;
import dev.kantor.reporting.frontoffice.FigureTable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What HR's dashboard shows of assessment: shared results per dimension, office and score range, each count of
 * fewer than three people hidden ({@link SmallCells}), so no table names anyone's result; and skill gaps per
 * position and skill against the role profiles, which lead to the people who lack the skill.
 */
@Component
class AssessmentFigures {

    private final SharedResults results;
    private final SkillGaps gaps;
    private final People people;
    private final MessageSource messages;

    AssessmentFigures(SharedResults results, SkillGaps gaps, People people, MessageSource messages) {
        this.results = results;
        this.gaps = gaps;
        this.people = people;
        this.messages = messages;
    }

    /**
     * One row per dimension, office and score range whose count may be shown; a row left out is nobody or
     * hidden (the page says which rows it hides).
     */
    FigureTable distribution(Locale locale) {
        Map<Dimension, Map<Office, Map<Integer, Long>>> counts = new EnumMap<>(Dimension.class);
        for (SharedResults.Bucket b : results.distribution()) {
            counts.computeIfAbsent(b.dimension(), d -> new EnumMap<>(Office.class))
                    .computeIfAbsent(b.office(), o -> new LinkedHashMap<>())
                    .merge(b.from(), b.people(), Long::sum);
        }
        List<FigureTable.Row> rows = new ArrayList<>();
        counts.forEach((dimension, byOffice) -> byOffice.forEach((office, byRange) -> {
            Map<Integer, Long> all = new LinkedHashMap<>();
            SharedResults.RANGES.forEach(r -> all.put(r, byRange.getOrDefault(r, 0L)));
            Set<Integer> shown = SmallCells.shown(all);
            for (int i = 0; i < SharedResults.RANGES.size(); i++) {
                int from = SharedResults.RANGES.get(i);
                long n = all.get(from);
                if (n > 0 && shown.contains(from)) {
                    String range = from + "–"
                            + (i + 1 < SharedResults.RANGES.size() ? SharedResults.RANGES.get(i + 1) - 1 : 100);
                    rows.add(new FigureTable.Row(
                            List.of(
                                    messages.getMessage("assessment.dimension." + dimension.name(), null, locale),
                                    office.name(),
                                    range),
                            List.of((double) n)));
                }
            }
        }));
        return new FigureTable(
                "assessment-results", List.of("dimension", "office", "score_range"), List.of("people"), rows);
    }

    /** Per position and skill asked: the people in the position and those lacking the skill at its level. */
    PeopleTable skillGaps(Locale locale) {
        Map<Long, Position> positions = new LinkedHashMap<>();
        people.positions().forEach(p -> positions.put(p.getId(), p));
        Map<Long, Skill> skills = new LinkedHashMap<>();
        people.skills().forEach(s -> skills.put(s.id(), s));
        List<PeopleTable.Row> rows = new ArrayList<>();
        for (SkillGaps.Gap gap : gaps.byPosition()) {
            Position position = positions.get(gap.positionId());
            Skill skill = skills.get(gap.skillId());
            if (position == null || skill == null || gap.holders().isEmpty()) {
                continue;
            }
            rows.add(new PeopleTable.Row(
                    "p" + gap.positionId() + "-s" + gap.skillId(),
                    List.of(
                            position.title(locale),
                            messages.getMessage(
                                    "reporting.hr.skill-level",
                                    new Object[] {skill.name(locale), gap.leastLevel()},
                                    locale)),
                    List.of(gap.holders(), gap.lacking())));
        }
        rows.sort(java.util.Comparator.comparing((PeopleTable.Row r) -> String.join("\u0000", r.labels())));
        return new PeopleTable(
                "skill-gaps",
                List.of("position", "skill"),
                List.of("holders", "lacking"),
                List.of(new PeopleTable.Share("lacking_share", "lacking", "holders")),
                rows);
    }
}
