package org.sltjava.tests.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer project built only from the README's "Use as a library" section, the way a user
 * would after {@code mvn install}: its pom and its program are the README's code blocks. The
 * project's artifacts are installed into a private repository (laid out as {@code mvn install}
 * lays them, from the jars this build made), and the consumer is built offline, reading every
 * other artifact from the build's own local repository through a {@code file:} mirror, which is
 * never written to. The program must answer the cusp (5/12, 1; Watanabe 2009), print nothing on
 * stderr and exit within 3 s of its last line. It also reports the size of its class path.
 */
@Tag("slow")
class ConsumerProjectTest {

    private static final String VERSION = "0.1.0-SNAPSHOT";

    @Test
    void readmeConsumerBuildsOfflineAnswersTheCuspAndExitsPromptly(@TempDir Path tmp) throws Exception {
        Path root = Path.of(System.getProperty("slt.root", ".."));
        String localRepository = System.getProperty("slt.localRepository", "");
        assumeTrue(!localRepository.isBlank() && Files.isDirectory(Path.of(localRepository)), "the build's local repository is known");
        String mvn = findOnPath("mvn");
        assumeTrue(mvn != null, "Maven on the PATH");

        String readme = Files.readString(root.resolve("README.md"));
        String section = readme.substring(readme.indexOf("## Use as a library"));
        section = section.substring(0, section.indexOf("\n## ", 5));
        String pom = block(section, "xml");
        String program = block(section, "java");
        Matcher cls = Pattern.compile("public class (\\w+)").matcher(program);
        assertTrue(cls.find(), program);

        Path repo = tmp.resolve("repo");
        installPom(repo, "slt-bom", root.resolve("bom/pom.xml"));
        installPom(repo, "slt-parent", root.resolve("pom.xml"));
        for (String module : List.of("core", "resolution", "numeric", "all")) {
            installJar(repo, "slt-" + module, root.resolve(module));
        }
        Path settings = tmp.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <mirrors>
                    <mirror>
                      <id>build-local-repository</id>
                      <mirrorOf>*</mirrorOf>
                      <url>%s</url>
                    </mirror>
                  </mirrors>
                </settings>
                """.formatted(Path.of(localRepository).toUri()));

        Path consumer = Files.createDirectories(tmp.resolve("consumer"));
        Files.writeString(consumer.resolve("pom.xml"), pom);
        Path sources = Files.createDirectories(consumer.resolve("src/main/java"));
        Files.writeString(sources.resolve(cls.group(1) + ".java"), program);

        String javaHome = System.getProperty("java.home");
        ChildJvm build = ChildJvm.run(List.of(mvn, "-B", "-q", "-o", "-Daether.offline.protocols=file",
                "-s", settings.toString(), "-Dmaven.repo.local=" + repo,
                "compile", "dependency:build-classpath", "-Dmdep.outputFile=cp.txt"),
                consumer.toFile(), Map.of("JAVA_HOME", javaHome), 300);
        assertEquals(0, build.exitCode(), String.join("\n", build.lines()) + build.stderr());

        String cp = Files.readString(consumer.resolve("cp.txt")).strip();
        List<String> jars = List.of(cp.split(File.pathSeparator));
        long bytes = 0;
        for (String j : jars) {
            bytes += Files.size(Path.of(j));
        }
        System.out.printf("consumer class path: %d jars, %.1f MB%n", jars.size(), bytes / 1e6);
        assertTrue(jars.stream().noneMatch(j -> j.contains("matheclipse")), "Symja is not on the consumer's class path: " + jars);

        ChildJvm run = ChildJvm.run(List.of(Path.of(javaHome, "bin", "java").toString(), "-cp",
                consumer.resolve("target/classes") + File.pathSeparator + cp, cls.group(1)), consumer.toFile(), Map.of(), 120);
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(List.of("lambda = 5/12, m = 1"), run.lines());
        assertEquals("", run.stderr());
        assertTrue(run.lingerSeconds() < 3, "exited " + run.lingerSeconds() + " s after its last line");
    }

    /** The first fenced code block of {@code language} in {@code text}. */
    private static String block(String text, String language) {
        int start = text.indexOf("```" + language + "\n");
        assertTrue(start >= 0, "no ```" + language + " block in the README's section");
        start += language.length() + 4;
        return text.substring(start, text.indexOf("```", start));
    }

    private static Path versionDir(Path repo, String artifact) throws IOException {
        return Files.createDirectories(repo.resolve("org/sltjava").resolve(artifact).resolve(VERSION));
    }

    private static void installPom(Path repo, String artifact, Path pom) throws IOException {
        Files.copy(pom, versionDir(repo, artifact).resolve(artifact + "-" + VERSION + ".pom"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void installJar(Path repo, String artifact, Path module) throws IOException {
        Path jar = module.resolve("target").resolve(artifact + "-" + VERSION + ".jar");
        assertTrue(Files.isRegularFile(jar), jar + " is built before the tests");
        installPom(repo, artifact, module.resolve("pom.xml"));
        Files.copy(jar, versionDir(repo, artifact).resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String findOnPath(String name) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        for (String d : dirs) {
            Path p = Path.of(d, name);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }
}
