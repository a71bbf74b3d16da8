package dev.pacesetter.contests;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Keeps the contest rules pure: no framework, storage or Redis types, no clock reads, small files. */
class PureRulesTest {

    private static final Pattern FRAMEWORK = Pattern.compile(
            "^import (static )?(io\\.helidon|jakarta\\.|javax\\.|redis\\.clients|org\\.eclipse|org\\.flywaydb"
                    + "|com\\.fasterxml|com\\.google)", Pattern.MULTILINE);
    private static final Pattern CLOCK = Pattern.compile(
            "\\b(Instant|LocalDate|LocalDateTime|ZonedDateTime|OffsetDateTime|LocalTime)\\.now\\(|Clock\\.system"
                    + "|System\\.currentTimeMillis");

    static List<Path> sources() throws IOException, URISyntaxException {
        Path classes = Path.of(ContestDefinition.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = classes.getParent().getParent().resolve("src/main/java/dev/pacesetter/contests");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void rulesImportNoFrameworkStorageOrRedisTypes() throws Exception {
        List<String> offenders = sources().stream().filter(p -> FRAMEWORK.matcher(read(p)).find())
                .map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of(), offenders);
    }

    @Test
    void rulesNeverReadTheClock() throws Exception {
        List<String> offenders = sources().stream().filter(p -> CLOCK.matcher(read(p)).find())
                .map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of(), offenders);
    }

    @Test
    void filesStayUnderThreeHundredLines() throws Exception {
        List<String> offenders = sources().stream().filter(p -> read(p).lines().count() >= 300)
                .map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of(), offenders);
        assertEquals(true, sources().size() > 40, "found the sources");
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(path.toString(), e);
        }
    }
}
