package dev.kantor.assessment;

/** Where a score or a whole result points: the front office, the back office, or either. */
public enum Leaning {
    FRONT,
    BACK,
    EITHER;

    /** The other office; EITHER stays EITHER. */
    public Leaning opposite() {
        return switch (this) {
            case FRONT -> BACK;
            case BACK -> FRONT;
            case EITHER -> EITHER;
        };
    }
}
