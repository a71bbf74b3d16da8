package dev.pacesetter.demo;

import dev.pacesetter.api.model.ActivityInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoActivityTest {
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2026-11-23T19:00:00Z");
    private static final LocalDate FIRST = LocalDate.of(2026, 9, 25);

    /* Which outcome types each role gets over 60 days (every one at least once for these seeds). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "SDR | LEAD_ASSIGNED,CALL_LOGGED",
            "AE  | LEAD_ASSIGNED,CALL_LOGGED,DEAL_LOST,CLOSE_DATE_PUSHED",
            "AM  | DEAL_LOST,CLOSE_DATE_PUSHED,RENEWAL_WON,RENEWAL_LOST"})
    void outcomesFitTheRoleAreRepeatableAndCallsFollowTheirLead(String role, String types) {
        DemoActivity.Rep rep = new DemoActivity.Rep(4711, role, 1.0);
        List<ActivityInput> out = DemoActivity.outcomes(rep, FIRST, NOW, ZONE, "USD");
        assertEquals(Set.of(types.split(",")), out.stream().map(ActivityInput::getType).collect(Collectors.toSet()));
        assertEquals(out, DemoActivity.outcomes(rep, FIRST, NOW, ZONE, "USD"), "same rep, same history");
        assertEquals(out.size(), out.stream().map(ActivityInput::getExternalId).distinct().count(), "unique ids");
        Map<String, Instant> assigned = new HashMap<>();
        for (ActivityInput a : out) {
            assertNotNull(a.getDealId(), a.toString());
            assertTrue(!a.getOccurredAt().toInstant().isAfter(NOW), a.toString());
            if (a.getType().equals("LEAD_ASSIGNED")) {
                assigned.put(a.getDealId(), a.getOccurredAt().toInstant());
            } else if (a.getType().equals("CALL_LOGGED")) {
                assertTrue(a.getOccurredAt().toInstant().isAfter(assigned.get(a.getDealId())), a.toString());
            }
            assertEquals(a.getType().equals("RENEWAL_WON"), a.getAmount() != null, a.toString());
        }
    }
}
