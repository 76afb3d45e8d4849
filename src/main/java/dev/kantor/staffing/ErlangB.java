package dev.kantor.staffing;

/**
 * The Erlang B blocking probability B(n, A) of n servers offered A Erlangs, by the recursion
 * B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)). Unlike the textbook formula with A^n/n! it never
 * overflows, and every step only shrinks rounding errors, so it holds from a fraction of an
 * Erlang to hundreds of thousands.
 */
final class ErlangB {

    private ErlangB() {
    }

    /** B(n, A), in n steps. */
    static double blocking(int n, double traffic) {
        double b = 1.0;
        for (int k = 1; k <= n; k++) {
            b = next(b, k, traffic);
        }
        return b;
    }

    /** B(n, A) from B(n−1, A). */
    static double next(double previous, int n, double traffic) {
        double ab = traffic * previous;
        return ab / (n + ab);
    }

    /**
     * B(n−1, A) from B(n, A): the recursion solved backwards. It keeps the relative error almost
     * unchanged (it grows by the factor 1/(1−B) per step), which is harmless over the few dozen
     * steps a search walks back.
     */
    static double previous(double current, int n, double traffic) {
        return n * current / (traffic * (1.0 - current));
    }

    /** Walks B(n, A) up and down n, so that a search pays for the recursion once. */
    static final class Walk {

        private final double traffic;
        private int n;
        private double b;

        Walk(int n, double traffic) {
            this.traffic = traffic;
            this.n = n;
            this.b = blocking(n, traffic);
        }

        double at(int target) {
            while (n < target) {
                n++;
                b = next(b, n, traffic);
            }
            while (n > target) {
                b = previous(b, n, traffic);
                n--;
            }
            return b;
        }
    }
}
