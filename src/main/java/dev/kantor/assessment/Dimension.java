package dev.kantor.assessment;

/**
 * What the self-assessment measures, from the organisation's own description of the two offices:
 * autonomy, flexibility and uninterrupted focus point to the back office; enjoying people,
 * creative problem solving, attentive listening, communication and patience under pressure point
 * to the front office.
 */
public enum Dimension {
    AUTONOMY(Leaning.BACK),
    FLEXIBILITY(Leaning.BACK),
    FOCUS(Leaning.BACK),
    PEOPLE(Leaning.FRONT),
    CREATIVITY(Leaning.FRONT),
    LISTENING(Leaning.FRONT),
    COMMUNICATION(Leaning.FRONT),
    PATIENCE(Leaning.FRONT);

    private final Leaning highPointsTo;

    Dimension(Leaning highPointsTo) {
        this.highPointsTo = highPointsTo;
    }

    /** The office a high score on this dimension points to. */
    public Leaning highPointsTo() {
        return highPointsTo;
    }
}
