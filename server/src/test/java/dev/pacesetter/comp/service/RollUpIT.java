package dev.pacesetter.comp.service;

import dev.pacesetter.client.api.CompensationApi;
import dev.pacesetter.client.model.CompStatement;
import dev.pacesetter.client.model.CompStatementLine;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.TestOrg;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static dev.pacesetter.comp.service.CompFixtures.inMonth;
import static dev.pacesetter.comp.service.CompFixtures.label;
import static dev.pacesetter.comp.service.CompFixtures.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A manager on a plan is credited with their reports' deals, and the statement says whose they are. */
class RollUpIT {

    @Test
    void aManagersStatementCreditsTheTeamsDealsAndNamesTheReps() throws Exception {
        TestOrg org = TestOrg.create(2);
        UserView ava = org.reps.get(0);
        UserView ben = org.reps.get(1);
        CompFixtures.onPlan(org, List.of(ava, ben, org.manager));
        YearMonth m = month(-2);
        CompFixtures.deal(org, ava, inMonth(m), "60000.00");
        CompFixtures.deal(org, ben, inMonth(m), "20000.00");
        CompFixtures.deal(org, org.manager, inMonth(m), "5000.00");

        CompStatement mine = new CompensationApi(org.client(org.manager)).getStatement(org.manager.id(), label(m));
        // 60,000 + 20,000 rolled up + 5,000 own = 85,000 of 100,000: 85,000 x 8 % = 6,800.00
        assertEquals("85000.00", mine.getAttainment().getCreditedRevenue());
        assertEquals("6800.00", mine.getTotals().getEarned());
        CompStatementLine tier1 = mine.getLines().stream().filter(l -> l.getSlot().equals("tier-1")).findFirst()
                .orElseThrow();
        assertTrue(tier1.getExplanation().contains("Rep0 (#" + ava.id() + ") USD 60,000.00"), tier1.getExplanation());
        assertTrue(tier1.getExplanation().contains("Rep1 (#" + ben.id() + ") USD 20,000.00"), tier1.getExplanation());

        // The reps' own statements are untouched by the roll-up.
        CompStatement avas = new CompensationApi(org.client(ava)).getStatement(ava.id(), label(m));
        assertEquals("60000.00", avas.getAttainment().getCreditedRevenue());
        assertFalse(avas.getLines().stream().anyMatch(l -> l.getExplanation().contains("Roll-up")));
    }
}
