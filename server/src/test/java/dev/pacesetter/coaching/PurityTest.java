package dev.pacesetter.coaching;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The coaching rules stay plain Java over the content module: no framework, persistence or Redis
 * imports, no wall clock, no randomness outside the seeded benchmark workload, and files small enough
 * to read. (A source scan rather than ArchUnit, which is not a dependency here.)
 */
class PurityTest {

    private static final Path MAIN = Path.of("src/main/java/dev/pacesetter/coaching");
    private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+)", Pattern.MULTILINE);
    private static final List<String> ALLOWED = List.of("java.", "dev.pacesetter.content.", "dev.pacesetter.coaching.");

    private static List<Path> sources() throws IOException {
        assertTrue(Files.isDirectory(MAIN), "run from the server module: " + MAIN.toAbsolutePath());
        try (Stream<Path> files = Files.list(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void importsOnlyTheJdkAndTheContentModule() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path file : sources()) {
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                String imported = m.group(2);
                if (ALLOWED.stream().noneMatch(imported::startsWith)) {
                    offending.add(file.getFileName() + ": " + imported);
                }
            }
        }
        assertEquals(List.of(), offending);
    }

    @Test
    void readsNoClockAndDrawsNoUnseededRandomness() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path file : sources()) {
            String text = Files.readString(file);
            for (String banned : List.of("Instant.now(", "LocalDate.now(", "Clock.system", "Math.random(",
                    "new Random(", "ThreadLocalRandom", "System.currentTimeMillis")) {
                if (text.contains(banned)) {
                    offending.add(file.getFileName() + ": " + banned);
                }
            }
        }
        assertEquals(List.of(), offending);
    }

    @Test
    void filesStayUnderThreeHundredLines() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (Path file : sources()) {
            long lines = Files.readAllLines(file).size();
            if (lines > 300) {
                long_.add(file.getFileName() + ": " + lines);
            }
        }
        assertEquals(List.of(), long_);
    }
}
