package org.sltjava.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.Problem;
import org.sltjava.core.catalog.Catalog;
import org.sltjava.core.catalog.CatalogEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code slt catalog FAMILY KEY=VALUE... [--json]}: a named family's instance (K, parameters,
 * box) with its published (lambda, m) and source, so test suites in any language can take
 * problems from it.
 */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Prints a catalogued family's problem and its published lambda and m, e.g. slt catalog rrr M=2 N=2 H=1 r=0.")
final class CatalogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FAMILY", description = "the family (rrr, ...); 'list' lists them")
    String family;

    @Parameters(index = "1..*", paramLabel = "KEY=VALUE", description = "the family's integer parameters, separated by spaces or commas as the catalogue prints them")
    List<String> parameters = List.of();

    @Option(names = "--json", description = "print one JSON object in the batch input format plus the answer")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (family.equals("list")) {
            Catalog.families().forEach(out::println);
            out.flush();
            return 0;
        }
        CatalogEntry e;
        try {
            e = Catalog.entry(family + " " + String.join(" ", parameters));
        } catch (InvalidInputException ex) {
            spec.commandLine().getErr().println("slt catalog: error: " + ex.getMessage());
            return 2;
        }
        Problem p = e.problem();
        if (json) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.put("id", e.id());
            if (p.loss().squares().isPresent()) {
                ArrayNode squares = o.putArray("K");
                p.loss().squares().get().forEach(f -> squares.add(f.toString()));
                o.put("scale", p.loss().scale().toString());
            } else {
                o.put("K", p.k().toString());
            }
            ArrayNode vars = o.putArray("vars");
            p.parameters().forEach(vars::add);
            ObjectNode box = o.putObject("box");
            p.box().ranges().forEach((v, r) -> box.putArray(v).add(r.lo().toString()).add(r.hi().toString()));
            o.put("lambda", e.lambda().toString());
            o.put("m", e.m());
            o.put("publishedExact", e.publishedExact());
            o.put("citation", e.citation());
            o.put("conditions", e.conditions());
            o.putArray("derivation").add(e.derivation());
            out.println(o);
        } else {
            out.println("family = " + e.family() + " (" + e.instance() + ")");
            out.println("K = " + p.loss());
            out.println("parameters = " + p.parameters());
            out.println("box = " + p.box());
            out.println("lambda = " + e.lambda());
            out.println("m = " + e.m());
            out.println("published as " + (e.publishedExact() ? "exact" : "a bound") + ": " + e.citation());
            out.println("conditions: " + e.conditions());
            out.println("derivation: " + e.derivation());
        }
        out.flush();
        return 0;
    }
}
