package dev.kantor.assessment.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kantor.assessment.Dimension;

/**
 * A dimension's internal consistency over a set of answers: its alpha and each of its statements'
 * item–total correlation, so that weak statements can be reworded.
 *
 * @param respondents how many sets of answers it is computed from
 */
public record DimensionQuality(Dimension dimension, int respondents, double alpha, List<ItemQuality> items) {

    /** Below this alpha a dimension's statements hang together poorly (a common rule of thumb). */
    public static final double ACCEPTABLE_ALPHA = 0.7;
    /** Below this item–total correlation a statement is worth rewording. */
    public static final double WEAK_ITEM = 0.3;

    /** A statement's item–total correlation. */
    public record ItemQuality(Statement statement, double itemTotal) {

        public boolean hasItemTotal() {
            return !Double.isNaN(itemTotal);
        }

        public boolean weak() {
            return Double.isNaN(itemTotal) || itemTotal < WEAK_ITEM;
        }
    }

    public boolean hasAlpha() {
        return !Double.isNaN(alpha);
    }

    public boolean acceptable() {
        return !Double.isNaN(alpha) && alpha >= ACCEPTABLE_ALPHA;
    }

    /** Every dimension's quality over these answers (keyed, reversed statements turned round). */
    public static List<DimensionQuality> of(List<Answers> answers) {
        List<DimensionQuality> all = new ArrayList<>();
        for (Map.Entry<Dimension, List<Statement>> entry :
                Instrument.byDimension().entrySet()) {
            List<Statement> statements = entry.getValue();
            int[][] rows = new int[answers.size()][statements.size()];
            for (int r = 0; r < answers.size(); r++) {
                for (int c = 0; c < statements.size(); c++) {
                    rows[r][c] = answers.get(r).keyed(statements.get(c));
                }
            }
            double[] itemTotal = Reliability.itemTotal(rows);
            List<ItemQuality> items = new ArrayList<>();
            for (int c = 0; c < statements.size(); c++) {
                items.add(new ItemQuality(statements.get(c), itemTotal[c]));
            }
            all.add(new DimensionQuality(entry.getKey(), answers.size(), Reliability.alpha(rows), items));
        }
        return all;
    }
}
