package org.sltjava.tests.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sltjava.cli.Slt;

/** One in-process run of {@code slt validate} (or another command): exit status, output lines as JSON, stderr. */
record ValidateRun(int status, String out, String err) {

    static final ObjectMapper JSON = new ObjectMapper();

    static ValidateRun of(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Slt.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out),
                new PrintWriter(err));
        return new ValidateRun(status, out.toString(), err.toString());
    }

    List<JsonNode> lines() {
        List<JsonNode> r = new ArrayList<>();
        for (String l : out.split("\n")) {
            if (!l.isBlank()) {
                try {
                    r.add(JSON.readTree(l));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return r;
    }

    /** The per-line answers (everything before the summaries). */
    List<JsonNode> answers() {
        return lines().stream().filter(l -> !l.has("summary")).toList();
    }

    /** The overall summary (the last line). */
    JsonNode summary() {
        return lines().getLast().get("summary");
    }

    /** The group summaries, in order of first appearance. */
    List<JsonNode> groups() {
        return lines().stream().filter(l -> l.has("group")).toList();
    }
}
