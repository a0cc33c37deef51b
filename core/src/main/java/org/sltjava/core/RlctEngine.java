package org.sltjava.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * A method that answers a {@link Problem} with an {@link RlctResult}. Engines are found by name
 * ({@link #of(String)}) among the implementations registered with {@link ServiceLoader}, so the
 * command line and the tests do not depend on which module provides which engine.
 */
public interface RlctEngine {

    /** The engine's name, as the command line and the {@code method} field show it. */
    String name();

    /**
     * Answers the problem within the budget. Never throws for a valid problem: what cannot be
     * proven comes back as {@link Status#UPPER_BOUND} or {@link Status#UNRESOLVED}.
     */
    RlctResult analyse(Problem problem, Budget budget);

    /** Answers the problem within {@link Budget#defaults()}. */
    default RlctResult analyse(Problem problem) {
        return analyse(problem, Budget.defaults());
    }

    /** Order in which {@link #standard()} tries the engines: lower first. */
    default int priority() {
        return 100;
    }

    /** Every registered engine, by priority. */
    static List<RlctEngine> available() {
        List<RlctEngine> list = new ArrayList<>();
        ServiceLoader.load(RlctEngine.class).forEach(list::add);
        list.sort(Comparator.comparingInt(RlctEngine::priority).thenComparing(RlctEngine::name));
        return list;
    }

    /**
     * The registered engine of that name.
     *
     * @throws InvalidInputException listing the available names when there is none
     */
    static RlctEngine of(String name) {
        List<RlctEngine> all = available();
        return all.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException("no engine named '" + name + "'; available: "
                        + all.stream().map(RlctEngine::name).toList()));
    }

    /**
     * All registered engines tried in priority order (see {@link FirstProven}).
     *
     * @throws IllegalStateException naming the artifact to add when no symbolic engine is on the
     *     class path (only the core's monomial rule, which answers few problems, would be left)
     */
    static RlctEngine standard() {
        List<RlctEngine> all = available();
        if (all.stream().allMatch(e -> e instanceof MonomialEngine)) {
            throw new IllegalStateException("no symbolic engine on the class path: RlctEngine.standard() needs the engines of"
                    + " org.sltjava:slt-resolution; depend on org.sltjava:slt-all (or slt-resolution) instead of slt-core alone");
        }
        return FirstProven.of(all);
    }
}
