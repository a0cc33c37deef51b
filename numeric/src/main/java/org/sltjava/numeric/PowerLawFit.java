package org.sltjava.numeric;

/**
 * Least-squares fits of the density of states {@code log V = lambda log e + mu log log(1/e) + c}
 * (with {@code mu = m - 1}) to a nested-sampling trace, over the thresholds whose expected log
 * volume is below {@code -start}. The thresholds are measured from the prior's median loss,
 * {@code e = eps / median}, so that the {@code log log} term does not depend on K's units.
 */
final class PowerLawFit {

    /** Slope, log-log coefficient and the range of eps used. */
    record Line(double lambda, double mu, double epsHigh, double epsLow) {
    }

    private PowerLawFit() {
    }

    /** Fits lambda with {@code mu} held fixed. */
    static Line withFixedMu(NestedSampling.Trace trace, double start, double mu) {
        Window w = window(trace, start);
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int k = w.from; k < w.to; k++) {
            double x = w.x[k];
            double y = trace.logX()[k] - mu * Math.log(-x);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        int n = w.to - w.from;
        double lambda = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        return new Line(lambda, mu, Math.exp(trace.logEps()[w.from]), Math.exp(trace.logEps()[w.to - 1]));
    }

    /** Fits lambda and mu together (ordinary least squares on the three regressors x, log(-x), 1). */
    static Line free(NestedSampling.Trace trace, double start) {
        return free(trace, start, false);
    }

    /**
     * Fits lambda and mu together; with {@code corrected} also the first correction of the
     * asymptotic expansion, {@code V = c e^lambda L^mu (1 + a/L + ...)} with {@code L = log(1/e)},
     * i.e. the regressor {@code 1/L}: it absorbs the lower-order term {@code (log 1/e)^(m-2)}
     * that otherwise pulls the free mu towards m - 2 over a finite window.
     */
    static Line free(NestedSampling.Trace trace, double start, boolean corrected) {
        Window w = window(trace, start);
        int n = corrected ? 4 : 3;
        double[][] a = new double[n][n + 1];
        for (int k = w.from; k < w.to; k++) {
            double l = -w.x[k];
            double[] r = corrected ? new double[] {w.x[k], Math.log(l), 1.0, 1 / l} : new double[] {w.x[k], Math.log(l), 1.0};
            double y = trace.logX()[k];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] += r[i] * r[j];
                }
                a[i][n] += r[i] * y;
            }
        }
        double[] beta = solve(a);
        return new Line(beta[0], beta[1], Math.exp(trace.logEps()[w.from]), Math.exp(trace.logEps()[w.to - 1]));
    }

    private record Window(double[] x, int from, int to) {
    }

    private static Window window(NestedSampling.Trace trace, double start) {
        double[] logX = trace.logX();
        double[] logEps = trace.logEps();
        int median = 0;
        while (median < logX.length - 1 && logX[median] > -Math.log(2)) {
            median++;
        }
        int from = median;
        while (from < logX.length && logX[from] > -start) {
            from++;
        }
        double[] x = new double[logX.length];
        for (int k = 0; k < x.length; k++) {
            x[k] = logEps[k] - logEps[median];
        }
        int to = logX.length;
        while (to > from && !(x[to - 1] < 0 && Double.isFinite(x[to - 1]))) {
            to--;
        }
        while (from < to && !(x[from] < 0)) {
            from++;
        }
        if (to - from < 3) {
            throw new IllegalStateException("too few thresholds below the median loss to fit: " + (to - from));
        }
        return new Window(x, from, to);
    }

    /** Gaussian elimination with partial pivoting on an augmented n x (n + 1) matrix (modified). */
    private static double[] solve(double[][] a) {
        int n = a.length;
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
                    p = r;
                }
            }
            double[] tmp = a[c];
            a[c] = a[p];
            a[p] = tmp;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int j = c; j <= n; j++) {
                    a[r][j] -= f * a[c][j];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = a[r][n];
            for (int j = r + 1; j < n; j++) {
                s -= a[r][j] * x[j];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }
}
