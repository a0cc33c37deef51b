package org.sltjava.core.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sltjava.core.InvalidInputException;

/**
 * The catalogue of named model families with published closed forms for (lambda, m), looked up
 * by family name and integer parameters (as {@code slt catalog rrr M=2 N=2 H=1 r=0} or
 * {@code slt catalog dln H1=2 H2=2 H3=2 H4=2 r=0} do), or by the id an entry prints
 * ({@link CatalogEntry#id()}, such as {@code "rrr M=3, N=3, H=2, r=1"}).
 */
public final class Catalog {

    private Catalog() {
    }

    /** The families' names. */
    public static List<String> families() {
        return List.of(ReducedRankRegression.NAME, DeepLinearNetwork.NAME);
    }

    /**
     * The entry of {@code family} for the given parameters.
     *
     * @throws InvalidInputException naming an unknown family, a missing or unknown parameter
     */
    public static CatalogEntry entry(String family, Map<String, Integer> parameters) {
        return switch (family) {
            case ReducedRankRegression.NAME -> {
                check(family, parameters, Set.of("M", "N", "H", "r"));
                yield ReducedRankRegression.entry(parameters.get("M"), parameters.get("N"), parameters.get("H"), parameters.get("r"));
            }
            case DeepLinearNetwork.NAME -> {
                Set<String> known = new TreeSet<>(Set.of("r"));
                int layers = 0;
                while (parameters.containsKey("H" + (layers + 1))) {
                    known.add("H" + (++layers));
                }
                if (layers < 2) {
                    throw new InvalidInputException("family dln needs widths H1, H2, ... (input first, at least two) and r");
                }
                check(family, parameters, known);
                int[] widths = new int[layers];
                for (int i = 0; i < layers; i++) {
                    widths[i] = parameters.get("H" + (i + 1));
                }
                yield DeepLinearNetwork.entry(widths, parameters.get("r"));
            }
            default -> throw new InvalidInputException("unknown family '" + family + "'; the catalogue has " + families());
        };
    }

    /**
     * The entry named by an id: the family, then its parameters as {@code KEY=INTEGER} separated by
     * spaces or commas, as {@code "rrr M=3 N=3 H=2 r=1"} or the printed {@code "rrr M=3, N=3, H=2, r=1"}.
     * A deep linear network may also give its widths as a list, {@code "dln widths=[2, 3, 3, 2], r=0"}.
     *
     * @throws InvalidInputException naming the part of the id that cannot be read, a parameter given
     *     twice, or what {@link #entry(String, Map)} refuses
     */
    public static CatalogEntry entry(String id) {
        String text = id.strip();
        int space = text.indexOf(' ');
        String family = space < 0 ? text : text.substring(0, space);
        String rest = space < 0 ? "" : text.substring(space + 1);
        Map<String, Integer> parameters = new LinkedHashMap<>();
        int open = rest.indexOf("widths=[");
        if (open >= 0) {
            int close = rest.indexOf(']', open);
            if (close < 0) {
                throw new InvalidInputException("catalogue id '" + id + "': widths=[...] is not closed");
            }
            String[] widths = rest.substring(open + "widths=[".length(), close).split(",");
            for (int i = 0; i < widths.length; i++) {
                put(parameters, "H" + (i + 1), widths[i].strip(), id);
            }
            rest = rest.substring(0, open) + " " + rest.substring(close + 1);
        }
        for (String part : rest.split("[\\s,]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException("catalogue id '" + id + "': expected FAMILY KEY=INTEGER..., got '" + part + "'");
            }
            put(parameters, part.substring(0, eq), part.substring(eq + 1), id);
        }
        return entry(family, parameters);
    }

    private static void put(Map<String, Integer> parameters, String key, String value, String id) {
        int v;
        try {
            v = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("catalogue id '" + id + "': parameter " + key + " must be an integer, got '" + value + "'");
        }
        if (parameters.put(key, v) != null) {
            throw new InvalidInputException("catalogue id '" + id + "': parameter " + key + " is given twice");
        }
    }

    private static void check(String family, Map<String, Integer> given, Set<String> needed) {
        for (String k : given.keySet()) {
            if (!needed.contains(k)) {
                throw new InvalidInputException("family " + family + " has no parameter '" + k + "'; it takes " + new TreeSet<>(needed));
            }
        }
        for (String k : needed) {
            if (!given.containsKey(k)) {
                throw new InvalidInputException("family " + family + " needs the parameter " + k + "; it takes " + new TreeSet<>(needed));
            }
        }
    }
}
