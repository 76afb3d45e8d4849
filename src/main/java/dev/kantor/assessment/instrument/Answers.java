package dev.kantor.assessment.instrument;

import java.util.Arrays;
import java.util.Map;

import dev.kantor.platform.InputCheck;

/**
 * A complete set of answers to the questionnaire: every statement answered from 1 to 5. A missing,
 * unknown or out-of-range answer is refused, each named ({@code answers[7]}), so that no result is
 * ever computed from a guess.
 */
public final class Answers {

    private final int[] values;

    private Answers(int[] values) {
        this.values = values;
    }

    /**
     * Answers by statement number.
     *
     * @throws dev.kantor.platform.InvalidInput naming every statement not answered, answered out of
     *     range, or unknown
     */
    public static Answers of(Map<Integer, Integer> byNumber) {
        InputCheck check = new InputCheck();
        int[] values = new int[Instrument.size()];
        if (byNumber == null) {
            byNumber = Map.of();
        }
        for (Integer number : byNumber.keySet()) {
            if (number == null || number < 1 || number > Instrument.size()) {
                check.add("answers", "assessment.answer.unknown-statement", String.valueOf(number));
            }
        }
        for (Statement statement : Instrument.statements()) {
            Integer answer = byNumber.get(statement.number());
            String field = "answers[" + statement.number() + "]";
            if (answer == null) {
                check.add(field, "assessment.answer.missing", statement.number());
            } else if (answer < Instrument.LOWEST || answer > Instrument.HIGHEST) {
                check.add(field, "assessment.answer.range", statement.number(), Instrument.LOWEST, Instrument.HIGHEST);
            } else {
                values[statement.number() - 1] = answer;
            }
        }
        check.throwIfAny();
        return new Answers(values);
    }

    /** Answers as stored: one digit per statement, in order ("43521..."). */
    public static Answers parse(String digits) {
        if (digits == null || digits.length() != Instrument.size()) {
            throw new IllegalArgumentException(
                    "Answers to version " + Instrument.VERSION + " have " + Instrument.size() + " digits");
        }
        Map<Integer, Integer> byNumber = new java.util.HashMap<>();
        for (int i = 0; i < digits.length(); i++) {
            byNumber.put(i + 1, Character.digit(digits.charAt(i), 10));
        }
        return of(byNumber);
    }

    /** The answer given to a statement. */
    public int to(int number) {
        return values[number - 1];
    }

    /** The answer as it counts for its dimension (reversed statements turned round). */
    public int keyed(Statement statement) {
        return statement.keyed(to(statement.number()));
    }

    /** One digit per statement, in order: how answers are stored. */
    public String digits() {
        StringBuilder digits = new StringBuilder(values.length);
        for (int v : values) {
            digits.append(v);
        }
        return digits.toString();
    }

    /** Answers by statement number, for showing them again. */
    public Map<Integer, Integer> byNumber() {
        Map<Integer, Integer> by = new java.util.TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            by.put(i + 1, values[i]);
        }
        return by;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Answers other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return digits();
    }
}
