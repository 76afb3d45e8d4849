package dev.kantor.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kantor.assessment.Assessments;
import dev.kantor.assessment.Audience;
import dev.kantor.assessment.Dimension;
import dev.kantor.assessment.DimensionRange;
import dev.kantor.assessment.Leaning;
import dev.kantor.assessment.ProfileDetails;
import dev.kantor.people.Department;
import dev.kantor.people.Employee;
import dev.kantor.people.Office;
import dev.kantor.people.People;
import dev.kantor.people.Position;
import dev.kantor.people.Skill;

import org.springframework.stereotype.Component;

/**
 * The demo company's role profiles (a default per department and one per position, from
 * {@code demo/role-profiles.csv}) and self-assessments: most employees answered once, their answers
 * leaning to their own office with seeded noise (a person's own lean per dimension, and a point either
 * way per statement), and most of them share with HR. The people behind the demo accounts have not
 * answered yet, so that they can take it themselves.
 */
@Component
class DemoAssessment {

    /** The same noise on every start, so that the demo and its tests see the same answers. */
    static final long SEED = 17;

    private final Assessments assessments;
    private final People people;
    private final Clock clock;

    DemoAssessment(Assessments assessments, People people, Clock clock) {
        this.assessments = assessments;
        this.people = people;
        this.clock = clock;
    }

    void load() {
        loadProfiles();
        loadAnswers();
    }

    private void loadProfiles() {
        Map<String, Long> departments =
                people.departments().stream().collect(Collectors.toMap(Department::getCode, Department::getId));
        Map<String, Long> positions =
                people.positions().stream().collect(Collectors.toMap(Position::getCode, Position::getId));
        Map<String, Skill> skills = people.skillsByCode();
        DemoCompany.read("demo/role-profiles.csv", r -> {
            boolean position = r.get("scope").equals("position");
            Map<Long, Integer> asked = new HashMap<>();
            for (String s : r.get("skills").split(";")) {
                String[] parts = s.split(":");
                asked.put(skills.get(parts[0]).id(), Integer.parseInt(parts[1]));
            }
            Map<Dimension, DimensionRange> ranges = new EnumMap<>(Dimension.class);
            for (String s : r.get("ranges").split(";")) {
                String[] parts = s.split("[:-]");
                ranges.put(
                        Dimension.valueOf(parts[0]),
                        new DimensionRange(Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
            }
            assessments.defineProfile(new ProfileDetails(
                    position ? positions.get(r.get("code")) : null,
                    position ? null : departments.get(r.get("code")),
                    Leaning.valueOf(r.get("office")),
                    asked,
                    ranges,
                    null));
        });
    }

    private void loadAnswers() {
        Random random = new Random(SEED);
        Set<String> demoAccounts = DemoCompany.ACCOUNTS.stream()
                .map(DemoCompany.DemoAccount::email)
                .collect(Collectors.toSet());
        Map<Long, Position> positions = people.positions().stream().collect(Collectors.toMap(Position::getId, p -> p));
        Instant now = clock.instant();
        List<Employee> employees = people.activeEmployees();
        for (Employee employee : employees) {
            // a few have not answered yet: "most", not all
            boolean answers = random.nextInt(10) < 8;
            boolean shares = random.nextInt(10) < 7;
            Map<Integer, Integer> given =
                    answersLeaningTo(positions.get(employee.getPositionId()).office(), random);
            Instant at = now.minus(Duration.ofDays(1 + random.nextInt(120)));
            if (!answers || demoAccounts.contains(employee.getEmail())) {
                continue;
            }
            assessments.record(
                    employee.getId(), given, random.nextBoolean() ? Locale.ENGLISH : Locale.forLanguageTag("id"), at);
            if (shares) {
                assessments.share(employee.getId(), Audience.HR);
            }
        }
    }

    /**
     * Answers of someone whose office is this one: each dimension's keyed answer centres on 4 where it
     * points to their office and 2 where it points away, moved by the person's own lean (up to a
     * point and a half either way) and a point either way per statement.
     */
    static Map<Integer, Integer> answersLeaningTo(Office office, Random random) {
        Leaning own = office == Office.FRONT ? Leaning.FRONT : Leaning.BACK;
        Map<Dimension, Double> lean = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            double centre = d.highPointsTo() == own ? 4 : 2;
            lean.put(d, centre + (random.nextDouble() * 3 - 1.5));
        }
        Map<Integer, Integer> given = new HashMap<>();
        for (int n = 1; n <= Assessments.statements(); n++) {
            Dimension d = Assessments.dimensionOf(n);
            int keyed = (int) Math.round(lean.get(d) + random.nextInt(3) - 1);
            keyed = Math.max(1, Math.min(5, keyed));
            given.put(n, Assessments.reversed(n) ? 6 - keyed : keyed);
        }
        return given;
    }
}
