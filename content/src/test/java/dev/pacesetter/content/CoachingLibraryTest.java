package dev.pacesetter.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoachingLibraryTest {

    private static final SkillModel MODEL = SkillModel.load();
    private static final CoachingLibrary SHIPPED = CoachingLibrary.load(MODEL);

    @Test
    void shippedLibraryHasFortyOrMoreActivitiesAndEveryKind() {
        assertTrue(SHIPPED.activities().size() >= 40, "activities: " + SHIPPED.activities().size());
        for (CoachingKind kind : CoachingKind.values()) {
            assertFalse(SHIPPED.ofKind(kind).isEmpty(), kind.name());
        }
    }

    @Test
    void everySkillHasActivitiesAtTwoOrMoreLevels() {
        for (Skill skill : MODEL.skills()) {
            Set<Integer> levels = SHIPPED.forSkill(skill.id()).stream().map(CoachingActivity::level)
                    .collect(Collectors.toSet());
            assertTrue(levels.size() >= 2, skill.id() + " levels " + levels);
        }
    }

    @Test
    void bodiesAreMarkdownWithSectionsNotOneLiners() {
        for (CoachingActivity a : SHIPPED.activities()) {
            assertTrue(a.body().contains("\n## "), a.id() + " has no sections");
            assertTrue(a.body().contains("## Done when"), a.id() + " does not say when it is done");
        }
    }

    @Test
    void everyMarkdownFileInTheSourceTreeIsReferenced() throws IOException {
        // The loader cannot list a jar directory, so orphaned bodies are caught here, from the source tree.
        Path content = Path.of("src/main/resources/content");
        Set<String> referenced = new HashSet<>();
        new ObjectMapper().readTree(content.resolve("coaching-library.json").toFile()).get("activities")
                .forEach(a -> referenced.add(a.get("bodyFile").asText()));
        try (Stream<Path> files = Files.list(content.resolve("coaching"))) {
            Set<String> present = files.map(p -> "coaching/" + p.getFileName()).collect(Collectors.toSet());
            assertEquals(referenced, present);
        }
    }

    @Test
    void forSkillListsEasiestFirstAndFiltersByLevel() {
        List<CoachingActivity> discovery = SHIPPED.forSkill("discovery");
        List<Integer> levels = discovery.stream().map(CoachingActivity::level).toList();
        assertEquals(levels.stream().sorted().toList(), levels);
        assertTrue(SHIPPED.forSkill("discovery", 2, 3).stream().allMatch(a -> a.level() >= 2 && a.level() <= 3));
        assertEquals(List.of(), SHIPPED.forSkill("no-such-skill"));
        assertEquals("discovery-open-questions", SHIPPED.find("discovery-open-questions").orElseThrow().id());
    }

    @Test
    void smallFixtureLoadsWithItsBodyFromTheRelativePath() {
        CoachingLibrary small = load("fixtures/coaching-library-small.json");
        assertEquals(List.of("a-one", "a-two"), small.forSkill("alpha").stream().map(CoachingActivity::id).toList());
        assertTrue(small.find("a-one").orElseThrow().body().startsWith("A fixture body"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "duplicate-id    | duplicate activity id 'a-one'",
            "unknown-skill   | activity 'a-one' builds unknown skill 'gamma'",
            "single-level    | skill 'beta' has activities at only level 2; it needs activities at 2 or more",
            "effort-too-low  | activity 'a-one': effortMinutes must be within 5..240, was 3",
            "effort-too-high | activity 'a-one': effortMinutes must be within 5..240, was 300",
            "level           | activity 'a-one': level must be within 1..5, was 0",
            "missing-body    | activity 'a-two': body file bad/coaching/bodies/nope.md does not exist",
            "stub-body       | activity 'a-two': body must be at least 400 characters; looks like a stub",
            "body-path       | activity 'a-two': bodyFile must be a relative lower-case .md path",
            "unknown-kind    | WEBINAR",
            "no-skills       | activity 'a-one': must build at least one skill",
    })
    void brokenLibrariesFailNamingTheFileTheActivityAndTheReason(String fixture, String reason) {
        String resource = "bad/coaching/" + fixture + ".json";
        ContentException e = assertThrows(ContentException.class, () -> load(resource));
        assertTrue(e.getMessage().startsWith(resource + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    private static CoachingLibrary load(String resource) {
        ClassLoader loader = CoachingLibraryTest.class.getClassLoader();
        SkillModel small = SkillModel.load(loader, "fixtures/skill-model-small.json", ActivityCatalog.load());
        return CoachingLibrary.load(loader, resource, small);
    }
}
