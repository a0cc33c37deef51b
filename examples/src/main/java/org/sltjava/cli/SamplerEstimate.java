package org.sltjava.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.Rational;

/**
 * A sampler's estimate of lambda as {@code slt validate} reads it from one line, in the first of
 * these forms present: {@code lambdaHat} with its standard error {@code stderr}; per-chain
 * estimates {@code chains: [...]}; devinterp's per-chain values {@code llc-chain/0},
 * {@code llc-chain/1}, ...; devinterp's online trace {@code llc/trace} (chains x draws, each chain's
 * estimate the mean of its row); devinterp's {@code llc/mean} with {@code llc/std} and
 * {@code num_chains}; devinterp's online {@code llc/means} with {@code llc/stds} and
 * {@code num_chains}. Per-chain values give the mean and the standard error s / sqrt(n) from the
 * sample standard deviation s of the n chains. devinterp's {@code llc/std} is that s (torch's
 * unbiased standard deviation across chains), a spread and not a standard error: it is divided
 * by sqrt(num_chains), and refused without a number of chains. The online {@code llc/stds} are
 * spreads across chains at each draw; their mean over the draws bounds the spread of the chains'
 * averages from above (Minkowski's inequality), so the standard error made from it is an upper
 * bound and is labelled so.
 *
 * <p>All arithmetic is exact on the decimal values as written: the estimate and the variance of
 * the estimate (the square of the standard error) are rationals, so comparisons such as
 * |z| <= 2 are decided without rounding.
 *
 * @param lambdaHat the estimate
 * @param variance  the square of its standard error, positive
 * @param from      how the estimate and its standard error were formed, for the output line
 * @param chains    the number of chains, when known
 */
record SamplerEstimate(Rational lambdaHat, Rational variance, String from, OptionalInt chains) {

    /** devinterp's per-chain values {@code llc-chain/0, llc-chain/1, ...}. */
    static final String CHAIN_PREFIX = "llc-chain/";
    /** The fields the forms above read. */
    static final Set<String> FIELDS = Set.of("lambdaHat", "stderr", "chains", "num_chains", "llc/mean", "llc/std", "llc/means",
            "llc/stds", "llc/trace");

    /** The standard error as a double (for display; decisions use {@link #variance()}). */
    double stderr() {
        return Math.sqrt(variance.doubleValue());
    }

    /** Whether a field name belongs to one of the forms (including every {@code llc-chain/i}). */
    static boolean reads(String field) {
        return FIELDS.contains(field) || field.startsWith(CHAIN_PREFIX);
    }

    /** Reads the estimate of one line; refuses a line with none, naming the forms. */
    static SamplerEstimate read(JsonNode node) {
        OptionalInt declared = OptionalInt.empty();
        if (node.has("num_chains")) {
            JsonNode n = node.get("num_chains");
            if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 1) {
                throw new InvalidInputException("field \"num_chains\" must be a positive integer, got " + n);
            }
            declared = OptionalInt.of(n.asInt());
        }
        if (node.has("lambdaHat")) {
            Rational hat = decimal(node.get("lambdaHat"), "lambdaHat");
            if (!node.has("stderr")) {
                throw new InvalidInputException("field \"lambdaHat\" needs its standard error \"stderr\"");
            }
            Rational se = decimal(node.get("stderr"), "stderr");
            if (se.signum() <= 0) {
                throw new InvalidInputException("field \"stderr\" must be positive, got " + se.doubleValue());
            }
            return new SamplerEstimate(hat, se.multiply(se), "lambdaHat, stderr", declared);
        }
        if (node.has("chains")) {
            return fromChains(numbers(node.get("chains"), "chains"), "chains", declared);
        }
        if (node.has(CHAIN_PREFIX + "0")) {
            List<Rational> values = new ArrayList<>();
            for (int i = 0; node.has(CHAIN_PREFIX + i); i++) {
                values.add(decimal(node.get(CHAIN_PREFIX + i), CHAIN_PREFIX + i));
            }
            node.fieldNames().forEachRemaining(f -> {
                if (f.startsWith(CHAIN_PREFIX) && !isIndexBelow(f.substring(CHAIN_PREFIX.length()), values.size())) {
                    throw new InvalidInputException("field \"" + f + "\": the chains must be numbered 0, 1, ... without gaps ("
                            + values.size() + " found from 0)");
                }
            });
            return fromChains(values, "llc-chain/{i}", declared);
        }
        if (node.has("llc/trace")) {
            return fromChains(rowMeans(node.get("llc/trace")), "llc/trace (each chain's mean over its draws)", declared);
        }
        if (node.has("llc/mean")) {
            Rational hat = decimal(node.get("llc/mean"), "llc/mean");
            Rational spread = spread(node, "llc/std", declared, "llc/mean");
            int n = declared.getAsInt();
            return new SamplerEstimate(hat, spread.multiply(spread).divide(Rational.of(n)),
                    "llc/mean, llc/std / sqrt(num_chains): llc/std is the spread across chains, not a standard error", declared);
        }
        if (node.has("llc/means")) {
            List<Rational> means = numbers(node.get("llc/means"), "llc/means");
            Rational hat = mean(means);
            if (!node.has("llc/stds")) {
                throw new InvalidInputException("field \"llc/means\" needs \"llc/stds\" and \"num_chains\" (or \"llc/trace\") for an error bar");
            }
            List<Rational> stds = numbers(node.get("llc/stds"), "llc/stds");
            if (stds.size() != means.size()) {
                throw new InvalidInputException("fields \"llc/means\" and \"llc/stds\" must have one value per draw, got "
                        + means.size() + " and " + stds.size());
            }
            if (declared.isEmpty()) {
                throw new InvalidInputException("field \"llc/stds\" is a spread across chains, not a standard error: give \"num_chains\"");
            }
            Rational spread = mean(stds);
            if (spread.signum() <= 0) {
                throw new InvalidInputException("field \"llc/stds\" is zero at every draw: no error bar");
            }
            return new SamplerEstimate(hat, spread.multiply(spread).divide(Rational.of(declared.getAsInt())),
                    "llc/means averaged over draws; standard error an upper bound: mean of llc/stds / sqrt(num_chains)", declared);
        }
        throw new InvalidInputException("no estimate: give \"lambdaHat\" and \"stderr\", \"chains\": [...], \"llc-chain/0\", ...,"
                + " \"llc/trace\", \"llc/mean\" with \"llc/std\" and \"num_chains\", or \"llc/means\" with \"llc/stds\" and \"num_chains\"");
    }

    private static Rational spread(JsonNode node, String field, OptionalInt declared, String with) {
        if (!node.has(field)) {
            throw new InvalidInputException("field \"" + with + "\" needs \"" + field + "\" and \"num_chains\" for an error bar");
        }
        if (declared.isEmpty()) {
            throw new InvalidInputException("field \"" + field + "\" is the spread across chains, not a standard error: give \"num_chains\""
                    + " (it is divided by sqrt(num_chains)), or the per-chain values");
        }
        if (declared.getAsInt() < 2) {
            throw new InvalidInputException("field \"" + field + "\" needs at least two chains, got num_chains = " + declared.getAsInt());
        }
        Rational s = decimal(node.get(field), field);
        if (s.signum() <= 0) {
            throw new InvalidInputException("field \"" + field + "\" must be positive, got " + s.doubleValue());
        }
        return s;
    }

    /** The mean of n per-chain values and its standard error s / sqrt(n), s the sample standard deviation (n - 1). */
    private static SamplerEstimate fromChains(List<Rational> values, String form, OptionalInt declared) {
        int n = values.size();
        if (declared.isPresent() && declared.getAsInt() != n) {
            throw new InvalidInputException("field \"num_chains\" says " + declared.getAsInt() + " chains, but " + form + " holds " + n);
        }
        if (n < 2) {
            throw new InvalidInputException(form + ": a standard error from the spread of chains needs at least two chains, got " + n);
        }
        Rational mean = mean(values);
        Rational squares = Rational.ZERO;
        for (Rational v : values) {
            Rational d = v.subtract(mean);
            squares = squares.add(d.multiply(d));
        }
        if (squares.signum() == 0) {
            throw new InvalidInputException(form + ": all " + n + " chains agree exactly, so their spread gives no standard error");
        }
        Rational variance = squares.divide(Rational.of((long) n * (n - 1)));
        return new SamplerEstimate(mean, variance, form + ": mean of " + n + " chains, standard error from their spread",
                OptionalInt.of(n));
    }

    private static List<Rational> rowMeans(JsonNode trace) {
        if (!trace.isArray() || trace.isEmpty()) {
            throw new InvalidInputException("field \"llc/trace\" must be an array of chains, each an array of draws");
        }
        List<Rational> means = new ArrayList<>();
        int draws = -1;
        for (int c = 0; c < trace.size(); c++) {
            List<Rational> row = numbers(trace.get(c), "llc/trace[" + c + "]");
            if (draws >= 0 && row.size() != draws) {
                throw new InvalidInputException("field \"llc/trace\": chain " + c + " has " + row.size() + " draws, chain 0 has " + draws);
            }
            draws = row.size();
            means.add(mean(row));
        }
        return means;
    }

    private static Rational mean(List<Rational> values) {
        Rational sum = Rational.ZERO;
        for (Rational v : values) {
            sum = sum.add(v);
        }
        return sum.divide(Rational.of(values.size()));
    }

    private static List<Rational> numbers(JsonNode array, String field) {
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw new InvalidInputException("field \"" + field + "\" must be a non-empty array of numbers");
        }
        List<Rational> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            values.add(decimal(array.get(i), field + "[" + i + "]"));
        }
        return values;
    }

    /** A finite JSON number, read exactly as written (a diverged chain's NaN is named). */
    static Rational decimal(JsonNode n, String field) {
        if (n == null || !n.isNumber()) {
            throw new InvalidInputException("field \"" + field + "\" must be a number, got " + n);
        }
        if (n.isFloatingPointNumber() && !n.isBigDecimal() && !Double.isFinite(n.doubleValue())) {
            throw new InvalidInputException("field \"" + field + "\" is " + n.doubleValue() + " (a diverged chain?): a finite number is needed");
        }
        return n.isIntegralNumber() ? Rational.of(n.bigIntegerValue()) : Rational.of(n.decimalValue());
    }

    private static boolean isIndexBelow(String text, int size) {
        try {
            int i = Integer.parseInt(text);
            return i >= 0 && i < size && text.equals(Integer.toString(i));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
