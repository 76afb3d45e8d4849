package dev.kantor.staffing.requirement;

/**
 * How the API and exports give the figures: four decimals, finer than any figure people act on,
 * without the noise of binary fractions.
 */
public final class Rounding {

    private Rounding() {}

    public static double fourDecimals(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /** A share from 0 to 1 as a percentage, to four decimals. */
    public static double percent(double share) {
        return fourDecimals(share * 100);
    }
}
