package dev.pacesetter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packages of pure rules stay plain Java (a source scan, as ArchUnit is not on the build): they
 * import only the JDK, themselves and the pure packages named in the table, never read the wall clock
 * or draw unseeded randomness, and keep files small enough to read. Their services live in
 * {@code <feature>.service}, which this does not scan.
 */
class PureRulesTest {
    private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern CLOCK_OR_CHANCE = Pattern.compile(
            "\\b(Instant|LocalDate|LocalDateTime|ZonedDateTime|OffsetDateTime|LocalTime)\\.now\\(|Clock\\.system"
                    + "|System\\.currentTimeMillis|Math\\.random\\(|new Random\\(|ThreadLocalRandom");
    private static final int MAX_LINES = 300;

    @ParameterizedTest(name = "{0} imports only the JDK and {1}")
    @CsvSource(delimiter = '|', textBlock = """
            contests | dev.pacesetter.contests.
            comp     | dev.pacesetter.comp.
            spiffs   | dev.pacesetter.spiffs. dev.pacesetter.comp.
            coaching | dev.pacesetter.coaching. dev.pacesetter.content.
            live     | dev.pacesetter.live. javax.crypto.
            """)
    void importsOnlyTheJdkAndOtherPureRules(String feature, String allowed) {
        List<String> prefixes = new ArrayList<>(Arrays.asList(allowed.split(" ")));
        prefixes.add("java.");
        List<String> offending = new ArrayList<>();
        for (Path file : sources(feature)) {
            Matcher m = IMPORT.matcher(read(file));
            while (m.find()) {
                String imported = m.group(2);
                if (prefixes.stream().noneMatch(imported::startsWith)) {
                    offending.add(file.getFileName() + ": " + imported);
                }
            }
        }
        assertEquals(List.of(), offending);
    }

    @ParameterizedTest(name = "{0} reads no clock, draws no unseeded chance and keeps files small")
    @CsvSource({"contests", "comp", "spiffs", "coaching", "live"})
    void readsNoClockAndStaysSmall(String feature) {
        List<String> offending = new ArrayList<>();
        for (Path file : sources(feature)) {
            String text = read(file);
            Matcher clock = CLOCK_OR_CHANCE.matcher(text);
            if (clock.find()) {
                offending.add(file.getFileName() + " uses " + clock.group());
            }
            long lines = text.lines().count();
            if (lines > MAX_LINES) {
                offending.add(file.getFileName() + " has " + lines + " lines");
            }
        }
        assertEquals(List.of(), offending);
    }

    private static List<Path> sources(String feature) {
        Path dir = Path.of("src/main/java/dev/pacesetter", feature);
        assertTrue(Files.isDirectory(dir), "run from the server module: " + dir.toAbsolutePath());
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> java = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            assertTrue(java.size() > 3, "found the sources of " + feature);
            return java;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
