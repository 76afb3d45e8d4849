package dev.kantor.assessment.instrument;

import dev.kantor.assessment.Dimension;

/**
 * One statement of the self-assessment, answered on a 1 (disagree strongly) to 5 (agree strongly)
 * scale. A reversed statement says the opposite of its dimension: agreeing lowers the score.
 *
 * @param number   its place in the questionnaire, from 1; its text is {@code assessment.statement.<number>}
 */
public record Statement(int number, Dimension dimension, boolean reversed) {

    /** The message key of the statement's text. */
    public String messageKey() {
        return "assessment.statement." + number;
    }

    /** The answer as it counts towards the dimension: a reversed statement's 5 counts as 1. */
    public int keyed(int answer) {
        return reversed ? Instrument.HIGHEST + Instrument.LOWEST - answer : answer;
    }
}
