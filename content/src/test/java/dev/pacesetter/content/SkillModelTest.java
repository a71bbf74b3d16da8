package dev.pacesetter.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SkillModelTest {

    private static final SkillModel SHIPPED = SkillModel.load();

    @Test
    void shippedModelCoversTheSkillsAndSignalsCoachingNeeds() {
        assertTrue(SHIPPED.version() >= 1);
        assertEquals(5, SHIPPED.levels().size());
        for (String id : List.of("prospecting", "qualification", "discovery", "presenting", "objection-handling",
                "negotiation", "closing", "pipeline-management", "account-growth", "product-knowledge")) {
            assertTrue(SHIPPED.skill(id).isPresent(), id);
        }
        for (String id : List.of("lead-to-opportunity-rate", "meeting-to-opportunity-rate", "win-rate",
                "average-deal-size", "sales-cycle-length", "lead-response-time", "deal-slip-rate", "call-volume",
                "meeting-volume", "quota-attainment", "revenue-by-product")) {
            assertTrue(SHIPPED.signal(id).isPresent(), id);
        }
        assertEquals(Set.of(), SHIPPED.skillsWithoutSignals());
    }

    @ParameterizedTest
    @EnumSource(SalesRole.class)
    void everyRoleHasWeightsThatSumToOneAndSignalsToCompute(SalesRole role) {
        double sum = SHIPPED.skillsFor(role).stream().mapToDouble(s -> s.target(role).orElseThrow().weight()).sum();
        assertEquals(1.0, sum, KpiSignal.WEIGHT_TOLERANCE);
        assertFalse(SHIPPED.signalsFor(role).isEmpty());
    }

    @Test
    void skillsForARoleLeaveOutIrrelevantSkillsAndPutTheHeaviestFirst() {
        List<Skill> sdr = SHIPPED.skillsFor(SalesRole.SDR);
        assertEquals("prospecting", sdr.getFirst().id());
        assertTrue(sdr.stream().noneMatch(s -> s.id().equals("account-growth")));
        assertTrue(SHIPPED.skillsFor(SalesRole.AM).stream().anyMatch(s -> s.id().equals("account-growth")));
    }

    @Test
    void everyShippedSignalIsComputableOnceItsActivityTypesJoinedTheCatalog() {
        // DEAL_LOST, LEAD_ASSIGNED, CLOSE_DATE_PUSHED and RENEWAL_WON/LOST are in the catalog now.
        assertTrue(SHIPPED.plannedActivityTypes().isEmpty(), SHIPPED.plannedActivityTypes().toString());
        for (KpiSignal signal : SHIPPED.signals()) {
            assertTrue(SHIPPED.computableFromLedger(signal), signal.id());
        }
    }

    @Test
    void smallFixtureLoads() {
        SkillModel small = load("fixtures/skill-model-small.json");
        assertEquals(List.of("alpha", "beta"), small.skills().stream().map(Skill::id).toList());
        assertEquals(List.of("alpha-rate"), small.signalsInforming("alpha").stream().map(KpiSignal::id).toList());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "role-weights          | skill weights for AE must sum to 1.0 (±0.001), sum to 0.9000",
            "unknown-skill         | signal 'alpha-rate' informs unknown skill 'gamma'",
            "unknown-activity-type | draws on activity type 'CALL_MADE', which is neither in",
            "stale-planned-type    | planned activity type 'CALL_LOGGED' is in content/activity-types.json now",
            "unused-planned-type   | planned activity type 'DEAL_ABANDONED' is used by no signal",
            "target-level          | skill 'alpha': SDR target level must be within 1..5, was 6",
            "duplicate-skill       | duplicate skill 'alpha'",
            "signal-role           | signal 'alpha-rate' applies to SDR but informs no skill weighted for SDR",
            "signal-weights        | signal 'alpha-rate': skill weights must sum to 1.0",
            "unknown-field         | Unrecognized field \"colour\"",
            "levels                | levels must list exactly 5 levels, lists 4",
            "skill-id              | skill id must be lower-kebab-case, 2-60 characters, was 'Alpha_1'",
            "window                | signal 'alpha-rate': windowDays must be within 7..365, was 400",
            "no-role               | skill 'beta': must be weighted for at least one role",
    })
    void brokenModelsFailNamingTheFileTheItemAndTheReason(String fixture, String reason) {
        String resource = "bad/skill-model/" + fixture + ".json";
        ContentException e = assertThrows(ContentException.class, () -> load(resource));
        assertTrue(e.getMessage().startsWith(resource + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void influenceWeightsOutsideTheRangeAreRejected() {
        List<SkillInfluence> tooHeavy = List.of(new SkillInfluence("alpha", SkillInfluence.Direction.HIGHER_IS_BETTER,
                1.5));
        ContentException e = assertThrows(ContentException.class, () -> new KpiSignal("x-rate", "X", "X",
                SignalUnit.PERCENT, tooHeavy, 1, 30, Set.of(SalesRole.AE), List.of("CALL_LOGGED")));
        assertTrue(e.getMessage().contains("weight for 'alpha' must be within (0, 1], was 1.5"), e.getMessage());
        assertThrows(ContentException.class, () -> new Skill("alpha", "A", "A",
                Map.of(SalesRole.AE, new RoleTarget(0, 3))));
    }

    private static SkillModel load(String resource) {
        return SkillModel.load(SkillModelTest.class.getClassLoader(), resource, ActivityCatalog.load());
    }
}
