package dev.pacesetter.comp.service;

import dev.pacesetter.client.ApiClient;
import dev.pacesetter.client.api.ActivitiesApi;
import dev.pacesetter.client.api.CompensationApi;
import dev.pacesetter.client.model.ActivityInput;
import dev.pacesetter.client.model.CompCap;
import dev.pacesetter.client.model.CompGate;
import dev.pacesetter.client.model.CompItemFilter;
import dev.pacesetter.client.model.CompNewAssignment;
import dev.pacesetter.client.model.CompNewPlanVersion;
import dev.pacesetter.client.model.CompPeriodKind;
import dev.pacesetter.client.model.CompPlanComponent;
import dev.pacesetter.client.model.CompPlanVersion;
import dev.pacesetter.client.model.CompQuotaInput;
import dev.pacesetter.client.model.CompTier;
import dev.pacesetter.client.model.Correction;
import dev.pacesetter.client.model.ActivityRef;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.TestOrg;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** A monthly AE plan and helpers to put reps on it and give them activity. */
final class CompFixtures {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private CompFixtures() {
    }

    /** The month of today in New York, shifted by {@code offset} months. */
    static YearMonth month(int offset) {
        return YearMonth.from(LocalDate.now(NEW_YORK)).plusMonths(offset);
    }

    static String label(YearMonth month) {
        return month.toString();
    }

    /** Noon on the 10th of a month, New York time (always in the past for earlier months). */
    static OffsetDateTime inMonth(YearMonth month) {
        return month.atDay(10).atTime(12, 0).atZone(NEW_YORK).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * Monthly: 8 % up to quota, 12 % above (marginal), gated at 50 %, capped at 3x target incentive;
     * USD 1,000 at 100 %; USD 50 per meeting booked.
     */
    static CompNewPlanVersion aePlan(String key, LocalDate from) {
        return new CompNewPlanVersion().planKey(key).name("AE monthly").periodKind(CompPeriodKind.MONTH)
                .effectiveFrom(from).components(List.of(
                        new CompPlanComponent().id("commission").kind(CompPlanComponent.KindEnum.RATE_TABLE)
                                .mode(CompPlanComponent.ModeEnum.MARGINAL)
                                .tiers(List.of(new CompTier().fromPercent("0").toPercent("100").ratePercent("8"),
                                        new CompTier().fromPercent("100").ratePercent("12")))
                                .gate(new CompGate().minAttainmentPercent("50"))
                                .cap(new CompCap().targetMultiple("3")),
                        new CompPlanComponent().id("club").kind(CompPlanComponent.KindEnum.MILESTONE)
                                .atAttainmentPercent("100").bonus("1000.00"),
                        new CompPlanComponent().id("meetings").kind(CompPlanComponent.KindEnum.PER_UNIT)
                                .filter(new CompItemFilter().types(List.of("MEETING_BOOKED"))).perUnit("50.00")));
    }

    /** Creates the plan and assigns every given rep from three months ago, with a quota for each month from then to next month. */
    static CompPlanVersion onPlan(TestOrg org, List<UserView> reps) throws Exception {
        CompensationApi admin = new CompensationApi(org.client(org.admin));
        LocalDate from = month(-3).atDay(1);
        CompPlanVersion plan = admin.createPlanVersion(aePlan("ae-" + UUID.randomUUID().toString().substring(0, 8), from),
                null);
        for (UserView rep : reps) {
            admin.createAssignment(new CompNewAssignment().userId(rep.id()).planKey(plan.getPlanKey())
                    .version(plan.getVersion()).from(from), null);
            for (int m = -3; m <= 1; m++) {
                admin.setQuota(rep.id(), label(month(m)), new CompQuotaInput().amount("100000.00")
                        .targetIncentive("10000.00").currency("USD"));
            }
        }
        return plan;
    }

    static String deal(TestOrg org, UserView rep, OffsetDateTime when, String amount) throws Exception {
        String id = UUID.randomUUID().toString();
        new ActivitiesApi(org.client(org.integration)).ingestActivity(new ActivityInput().source("crm").externalId(id)
                .type("DEAL_WON").userId(rep.id()).occurredAt(when).amount(amount).currency("USD").product("Platform"));
        return id;
    }

    static void meeting(TestOrg org, UserView rep, OffsetDateTime when) throws Exception {
        new ActivitiesApi(org.client(org.integration)).ingestActivity(new ActivityInput().source("dialer")
                .externalId(UUID.randomUUID().toString()).type("MEETING_BOOKED").userId(rep.id()).occurredAt(when));
    }

    static void reverse(TestOrg org, UserView rep, String externalId) throws Exception {
        new ActivitiesApi(org.client(org.integration)).ingestActivity(new ActivityInput().source("crm")
                .externalId(externalId + "-reversed").type("DEAL_WON").userId(rep.id())
                .occurredAt(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
                .corrects(new ActivityRef().source("crm").externalId(externalId)).correction(Correction.REVERSAL));
    }

    static CompensationApi api(ApiClient client) {
        return new CompensationApi(client);
    }
}
