package dev.kantor.assessment.instrument;

/**
 * How consistently a dimension's statements measure one thing, over the answers given so far:
 * Cronbach's alpha and each statement's corrected item–total correlation (the statement against the
 * sum of the dimension's other statements). Both take keyed answers, one row per respondent, one
 * column per statement. Variances are sample variances (n - 1); alpha is the same with either, as
 * long as one is used throughout.
 */
public final class Reliability {

    private Reliability() {}

    /**
     * Cronbach's alpha: {@code k / (k - 1) * (1 - sum of item variances / variance of the totals)}.
     *
     * @return NaN when it cannot be told: fewer than two respondents or two items, or totals that
     *     do not vary
     */
    public static double alpha(int[][] rows) {
        int n = rows.length;
        if (n < 2 || rows[0].length < 2) {
            return Double.NaN;
        }
        int k = rows[0].length;
        double itemVariances = 0;
        for (int item = 0; item < k; item++) {
            itemVariances += variance(column(rows, item));
        }
        double[] totals = new double[n];
        for (int r = 0; r < n; r++) {
            for (int item = 0; item < k; item++) {
                totals[r] += rows[r][item];
            }
        }
        double totalVariance = variance(totals);
        if (totalVariance == 0) {
            return Double.NaN;
        }
        return (double) k / (k - 1) * (1 - itemVariances / totalVariance);
    }

    /**
     * Each statement's correlation with the sum of the others: a low or negative one marks a
     * statement that does not measure what its dimension's others do.
     *
     * @return per column; NaN where a statement or the rest does not vary
     */
    public static double[] itemTotal(int[][] rows) {
        int n = rows.length;
        int k = n == 0 ? 0 : rows[0].length;
        double[] correlations = new double[k];
        for (int item = 0; item < k; item++) {
            double[] x = column(rows, item);
            double[] rest = new double[n];
            for (int r = 0; r < n; r++) {
                for (int other = 0; other < k; other++) {
                    if (other != item) {
                        rest[r] += rows[r][other];
                    }
                }
            }
            correlations[item] = n < 2 ? Double.NaN : pearson(x, rest);
        }
        return correlations;
    }

    static double pearson(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    static double variance(double[] values) {
        double m = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - m) * (v - m);
        }
        return sum / (values.length - 1);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double[] column(int[][] rows, int item) {
        double[] column = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            column[r] = rows[r][item];
        }
        return column;
    }
}
