package dev.pacesetter.coaching.service;

import dev.pacesetter.client.api.ActivitiesApi;
import dev.pacesetter.client.api.CoachingApi;
import dev.pacesetter.client.api.CompensationApi;
import dev.pacesetter.client.model.ActivityInput;
import dev.pacesetter.client.model.CompQuotaInput;
import dev.pacesetter.client.model.KpiSignalReading;
import dev.pacesetter.client.model.SignalStatus;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.TestOrg;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quota attainment reads the rep's current comp quota; without one it says so instead of guessing. */
class QuotaAttainmentIT {

    /*
     * A monthly quota of 100,000 prorated to the 90-day window is 100,000 × 90 / L (L = days in this
     * month); 30,000 won in the window is 100 × 30,000 × L / 9,000,000 = L / 3 percent (10 % in a
     * 30-day month). The colleague without a quota reads NOT_AVAILABLE.
     */
    @Test
    void wonRevenueAgainstTheProratedCurrentQuota() throws Exception {
        TestOrg org = TestOrg.create(2);
        UserView rep = org.reps.getFirst();
        UserView noQuota = org.reps.get(1);
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        new CompensationApi(org.client(org.admin)).setQuota(rep.id(), YearMonth.from(today).toString(),
                new CompQuotaInput().amount("100000.00").targetIncentive("5000.00").currency("USD"));
        new ActivitiesApi(org.client(org.integration)).ingestActivity(new ActivityInput().source("crm")
                .externalId(UUID.randomUUID().toString()).type("DEAL_WON").userId(rep.id())
                .occurredAt(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1)).amount("30000.00").currency("USD")
                .product("Platform").dealId("d-1"));

        CoachingApi manager = new CoachingApi(org.client(org.manager));
        KpiSignalReading attained = quotaReading(manager, rep.id());
        assertEquals(SignalStatus.MEASURED, attained.getStatus(), attained.toString());
        assertEquals(YearMonth.from(today).lengthOfMonth() / 3.0, attained.getValue(), 1e-6);

        KpiSignalReading none = quotaReading(manager, noQuota.id());
        assertEquals(SignalStatus.NOT_AVAILABLE, none.getStatus());
        assertTrue(none.getReason().contains("no quota"), none.getReason());
    }

    private static KpiSignalReading quotaReading(CoachingApi api, long repId) throws Exception {
        return api.getRepProficiency(repId).getSignals().stream()
                .filter(s -> s.getSignalId().equals("quota-attainment")).findFirst().orElseThrow();
    }
}
