package dev.pacesetter.comp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine is plain Java: no framework, storage or wall clock (until ArchUnit is on the build). */
class CompPurityTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/pacesetter/comp");
    private static final List<String> FORBIDDEN = List.of("import io.helidon", "import jakarta.", "import javax.",
            "import redis.", "import org.eclipse.persistence", "import com.google.firebase", "Instant.now(",
            "LocalDate.now(", "Clock.system");

    @Test
    void theCommissionEngineImportsNoFrameworkAndReadsNoClock() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "run from the server module: " + SOURCES.toAbsolutePath());
        try (Stream<Path> files = Files.list(SOURCES)) {
            List<String> offences = files.filter(f -> f.toString().endsWith(".java")).flatMap(CompPurityTest::offences)
                    .toList();
            assertEquals(List.of(), offences);
        }
    }

    @Test
    void classesStaySmall() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            List<String> large = files.filter(f -> f.toString().endsWith(".java")).filter(f -> lines(f) > 300).map(f -> f.getFileName() + ": " + lines(f)).toList();
            assertEquals(List.of(), large);
        }
    }

    private static Stream<String> offences(Path file) {
        try {
            String text = Files.readString(file);
            return FORBIDDEN.stream().filter(text::contains).map(bad -> file.getFileName() + " uses " + bad);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
