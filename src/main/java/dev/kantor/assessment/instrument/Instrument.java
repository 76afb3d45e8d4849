package dev.kantor.assessment.instrument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.kantor.assessment.Dimension;

import static dev.kantor.assessment.Dimension.AUTONOMY;
import static dev.kantor.assessment.Dimension.COMMUNICATION;
import static dev.kantor.assessment.Dimension.CREATIVITY;
import static dev.kantor.assessment.Dimension.FLEXIBILITY;
import static dev.kantor.assessment.Dimension.FOCUS;
import static dev.kantor.assessment.Dimension.LISTENING;
import static dev.kantor.assessment.Dimension.PATIENCE;
import static dev.kantor.assessment.Dimension.PEOPLE;

/**
 * The questionnaire: 32 statements, four per dimension, taken in rounds of one statement per
 * dimension so that no dimension's statements sit together. At least one statement per dimension
 * is reversed, so that agreeing with everything does not make a profile. Answers are stored in this
 * order; a change of statements is a new {@link #VERSION}.
 */
public final class Instrument {

    public static final int VERSION = 1;
    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    private static final List<Statement> STATEMENTS = List.of(
            new Statement(1, AUTONOMY, false),
            new Statement(2, FLEXIBILITY, false),
            new Statement(3, FOCUS, false),
            new Statement(4, PEOPLE, false),
            new Statement(5, CREATIVITY, false),
            new Statement(6, LISTENING, false),
            new Statement(7, COMMUNICATION, false),
            new Statement(8, PATIENCE, false),
            new Statement(9, AUTONOMY, true),
            new Statement(10, FLEXIBILITY, true),
            new Statement(11, FOCUS, true),
            new Statement(12, PEOPLE, true),
            new Statement(13, CREATIVITY, false),
            new Statement(14, LISTENING, true),
            new Statement(15, COMMUNICATION, true),
            new Statement(16, PATIENCE, true),
            new Statement(17, AUTONOMY, false),
            new Statement(18, FLEXIBILITY, false),
            new Statement(19, FOCUS, false),
            new Statement(20, PEOPLE, false),
            new Statement(21, CREATIVITY, true),
            new Statement(22, LISTENING, false),
            new Statement(23, COMMUNICATION, false),
            new Statement(24, PATIENCE, false),
            new Statement(25, AUTONOMY, true),
            new Statement(26, FLEXIBILITY, false),
            new Statement(27, FOCUS, false),
            new Statement(28, PEOPLE, false),
            new Statement(29, CREATIVITY, false),
            new Statement(30, LISTENING, false),
            new Statement(31, COMMUNICATION, false),
            new Statement(32, PATIENCE, false));

    private Instrument() {}

    /** Every statement, in the order they are asked. */
    public static List<Statement> statements() {
        return STATEMENTS;
    }

    public static int size() {
        return STATEMENTS.size();
    }

    /** The statement with this number, from 1. */
    public static Statement statement(int number) {
        return STATEMENTS.get(number - 1);
    }

    /** Each dimension's statements, in the order they are asked. */
    public static Map<Dimension, List<Statement>> byDimension() {
        Map<Dimension, List<Statement>> by = new EnumMap<>(Dimension.class);
        for (Statement s : STATEMENTS) {
            by.computeIfAbsent(s.dimension(), d -> new ArrayList<>()).add(s);
        }
        by.replaceAll((d, list) -> Collections.unmodifiableList(list));
        return Collections.unmodifiableMap(by);
    }
}
