package dev.kantor.assessment;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import dev.kantor.assessment.instrument.Answers;
import dev.kantor.assessment.instrument.Instrument;
import dev.kantor.assessment.profiles.RoleProfiles;
import dev.kantor.assessment.taking.SelfAssessments;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment module's API for other modules: record an employee's answers (an import of past
 * answers, the demo company), share results on an employee's behalf as they asked, and define role
 * profiles. Pages and the REST API do the same through the module's own services.
 */
@Service
@Transactional
public class Assessments {

    private final SelfAssessments assessments;
    private final RoleProfiles profiles;

    Assessments(SelfAssessments assessments, RoleProfiles profiles) {
        this.assessments = assessments;
        this.profiles = profiles;
    }

    /** How many statements the questionnaire has, numbered from 1. */
    public static int statements() {
        return Instrument.size();
    }

    /** The dimension a statement counts towards, and whether agreeing with it lowers that score. */
    public static Dimension dimensionOf(int statement) {
        return Instrument.statement(statement).dimension();
    }

    /** Whether a statement is reversed: agreeing with it lowers its dimension's score. */
    public static boolean reversed(int statement) {
        return Instrument.statement(statement).reversed();
    }

    /**
     * Records an employee's complete answers (statement number to 1..5) as given at a moment.
     *
     * @return the new response's id
     * @throws dev.kantor.platform.InvalidInput naming every statement missing or out of range
     */
    public long record(long employeeId, Map<Integer, Integer> answers, Locale language, Instant at) {
        return assessments.record(employeeId, Answers.of(answers), language, at).id();
    }

    /** Shares the employee's results with an audience, as the employee asked. */
    public void share(long employeeId, Audience audience) {
        assessments.share(employeeId, audience);
    }

    /**
     * Defines or changes a role profile.
     *
     * @return the profile's version after the change
     */
    public int defineProfile(ProfileDetails details) {
        return profiles.save(details).version();
    }
}
