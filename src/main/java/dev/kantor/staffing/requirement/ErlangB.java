package dev.kantor.staffing.requirement;

/**
 * The Erlang B blocking probability B(n, A) of n servers offered A Erlangs, by the recursion
 * B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)). Unlike the textbook formula with A^n/n! it never
 * overflows, and every step only shrinks rounding errors, so it holds from a fraction of an
 * Erlang to hundreds of thousands.
 */
final class ErlangB {

    private ErlangB() {}

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

    /**
     * Walks B(n, A) up and down n, so that a search pays for the recursion once. Walking back
     * multiplies the relative error by 1/(1−B) per step: harmless above the traffic, where B is
     * small, but far below it (where Erlang A may look) B approaches 1, so the walk starts again
     * from the forward recursion before the error could reach a millionth of a millionth.
     */
    static final class Walk {

        /** The most the walk back may multiply the rounding error of double precision by. */
        private static final double MAX_ERROR_GROWTH = 1e4;

        private final double traffic;
        private int n;
        private double b;
        /** How much walking back has multiplied the error of {@code b} so far; walking on never shrinks it here. */
        private double growth = 1;

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
                growth /= 1.0 - b;
                if (growth > MAX_ERROR_GROWTH) {
                    n = target;
                    b = blocking(target, traffic);
                    growth = 1;
                    break;
                }
                b = previous(b, n, traffic);
                n--;
            }
            return b;
        }
    }
}
