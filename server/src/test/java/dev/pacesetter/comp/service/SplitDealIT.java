package dev.pacesetter.comp.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pacesetter.client.api.ActivitiesApi;
import dev.pacesetter.client.api.CompensationApi;
import dev.pacesetter.client.model.Activity;
import dev.pacesetter.client.model.ActivityBatch;
import dev.pacesetter.client.model.ActivityInput;
import dev.pacesetter.client.model.ActivitySplit;
import dev.pacesetter.client.model.CompItemFilter;
import dev.pacesetter.client.model.CompNewAssignment;
import dev.pacesetter.client.model.CompNewPlanVersion;
import dev.pacesetter.client.model.CompPeriodKind;
import dev.pacesetter.client.model.CompPlanComponent;
import dev.pacesetter.client.model.CompPlanVersion;
import dev.pacesetter.client.model.CompQuotaInput;
import dev.pacesetter.client.model.CompRule;
import dev.pacesetter.client.model.CompStatement;
import dev.pacesetter.client.model.CompTier;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.Problems;
import dev.pacesetter.testing.TestOrg;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.pacesetter.comp.service.CompFixtures.inMonth;
import static dev.pacesetter.comp.service.CompFixtures.label;
import static dev.pacesetter.comp.service.CompFixtures.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A split deal credits each rep their share on their live statement; a new-logo flag qualifies per-unit pay. */
class SplitDealIT {

    private static ActivityInput splitDeal(String id, UserView owner, UserView other, OffsetDateTime when, String amount) {
        return new ActivityInput().source("crm").externalId(id).type("DEAL_WON").userId(owner.id()).occurredAt(when)
                .amount(amount).currency("USD").product("Platform").dealId(id)
                .splits(new ArrayList<>(List.of(new ActivitySplit().userId(owner.id()).percent("60"),
                        new ActivitySplit().userId(other.id()).percent("40"))));
    }

    private static String revenue(TestOrg org, UserView rep, YearMonth m) throws Exception {
        return new CompensationApi(org.client(org.admin)).getStatement(rep.id(), label(m)).getAttainment()
                .getCreditedRevenue();
    }

    @Test
    void eachRepIsCreditedTheirShareToTheCentAndAReversalClawsBackBoth() throws Exception {
        TestOrg org = TestOrg.create(2);
        UserView ava = org.reps.get(0);
        UserView ben = org.reps.get(1);
        CompFixtures.onPlan(org, List.of(ava, ben, org.manager));
        YearMonth m = month(-1);
        String id = "D-" + UUID.randomUUID();
        ActivitiesApi crm = new ActivitiesApi(org.client(org.integration));
        Activity stored = crm.ingestActivity(splitDeal(id, ava, ben, inMonth(m), "150000.01"));
        assertEquals(2, stored.getSplits().size());

        // 15,000,001 cents: 60 % is 9,000,000.6, 40 % is 6,000,000.4; the left-over cent goes to the
        // larger dropped fraction (Ava): 90,000.01 + 60,000.00 = 150,000.01.
        assertEquals("90000.01", revenue(org, ava, m));
        assertEquals("60000.00", revenue(org, ben, m));
        // The manager rolls up both shares: the whole deal, once.
        assertEquals("150000.01", revenue(org, org.manager, m));
        CompStatement bens = new CompensationApi(org.client(ben)).getStatement(ben.id(), label(m));
        assertEquals("60", bens.getAttainment().getPercent());
        String why = bens.getLines().stream().filter(l -> l.getSlot().equals("tier-1")).findFirst().orElseThrow()
                .getExplanation();
        assertTrue(why.contains("Split credit: 40% of deal #" + stored.getId() + " USD 150,000.01 split with Rep0 (#"
                + ava.id() + ") 60%."), why);

        CompFixtures.reverse(org, ava, id);
        assertEquals("0.00", revenue(org, ava, m));
        assertEquals("0.00", revenue(org, ben, m));
        assertEquals("0.00", revenue(org, org.manager, m));
    }

    @Test
    void aResendOfTheSameSplitInAnotherOrderIsADuplicateAndTheListingShowsTheSplit() throws Exception {
        TestOrg org = TestOrg.create(2);
        UserView ava = org.reps.get(0);
        UserView ben = org.reps.get(1);
        ActivitiesApi crm = new ActivitiesApi(org.client(org.integration));
        String id = "D-" + UUID.randomUUID();
        OffsetDateTime when = inMonth(month(-1));
        Activity first = crm.ingestActivity(splitDeal(id, ava, ben, when, "1000.00").newLogo(true));
        ActivityInput reordered = splitDeal(id, ava, ben, when, "1000.00").newLogo(true);
        reordered.setSplits(new ArrayList<>(List.of(reordered.getSplits().get(1), reordered.getSplits().get(0)
                .percent("60.00"))));
        Activity again = crm.ingestActivity(reordered);
        assertEquals(first.getId(), again.getId());
        Activity read = new ActivitiesApi(org.client(org.admin)).getActivity(first.getId());
        assertEquals(Boolean.TRUE, read.getNewLogo());
        assertEquals(List.of(ava.id() + ":60", ben.id() + ":40"), read.getSplits().stream()
                .map(s -> s.getUserId() + ":" + s.getPercent()).sorted().toList());
        // Ben owns none of it but shares it: his listing and a read by id show it.
        ActivitiesApi asBen = new ActivitiesApi(org.client(ben));
        assertEquals(List.of(first.getId()), asBen.listActivities(null, 10, null, null, null, null).getItems().stream()
                .map(Activity::getId).toList());
        assertEquals(first.getId(), asBen.getActivity(first.getId()).getId());
        // Other shares for the same external id are other content.
        Problems.expect(409, () -> crm.ingestActivity(splitDeal(id, ava, ben, when, "1000.00")));
    }

    @Test
    void badSplitsAreRefusedNamingTheField() throws Exception {
        TestOrg org = TestOrg.create(2);
        UserView ava = org.reps.get(0);
        UserView ben = org.reps.get(1);
        ActivitiesApi crm = new ActivitiesApi(org.client(org.integration));
        OffsetDateTime when = inMonth(month(-1));

        ActivityInput stranger = splitDeal("D-" + UUID.randomUUID(), ava, ben, when, "10.00");
        stranger.getSplits().get(1).userId(TestOrg.create(1).reps.getFirst().id());
        JsonNode p = Problems.expect(422, () -> crm.ingestActivity(stranger));
        assertTrue(Problems.names(p, "splits[1].userId", null), p::toString);

        ActivityInput ownerMissing = splitDeal("D-" + UUID.randomUUID(), ava, ben, when, "10.00").userId(org.manager.id());
        p = Problems.expect(422, () -> crm.ingestActivity(ownerMissing));
        assertTrue(Problems.names(p, "splits", null), p::toString);

        ActivityInput good = splitDeal("D-" + UUID.randomUUID(), ava, ben, when, "10.00");
        ActivityInput badPercent = splitDeal("D-" + UUID.randomUUID(), ava, ben, when, "10.00");
        badPercent.getSplits().get(1).percent("40.001");
        p = Problems.expect(422, () -> crm.ingestActivities(new ActivityBatch().atomic(true)
                .activities(List.of(good, badPercent)), null));
        assertTrue(Problems.names(p, "splits[1].percent", 1), p::toString);
    }

    @Test
    void aNewLogoPerUnitComponentPaysOnlyNewLogoDeals() throws Exception {
        TestOrg org = TestOrg.create(1);
        UserView ava = org.reps.get(0);
        CompensationApi admin = new CompensationApi(org.client(org.admin));
        YearMonth m = month(-1);
        CompPlanVersion plan = admin.createPlanVersion(new CompNewPlanVersion()
                .planKey("logo-" + UUID.randomUUID().toString().substring(0, 8)).name("New logos")
                .periodKind(CompPeriodKind.MONTH).effectiveFrom(m.atDay(1)).components(List.of(
                        new CompPlanComponent().id("commission").kind(CompPlanComponent.KindEnum.RATE_TABLE)
                                .mode(CompPlanComponent.ModeEnum.MARGINAL)
                                .tiers(List.of(new CompTier().fromPercent("0").ratePercent("1"))),
                        new CompPlanComponent().id("logos").kind(CompPlanComponent.KindEnum.PER_UNIT)
                                .filter(new CompItemFilter().types(List.of("DEAL_WON"))
                                        .logo(CompItemFilter.LogoEnum.NEW_LOGO_ONLY))
                                .perUnit("200.00"))), null);
        admin.createAssignment(new CompNewAssignment().userId(ava.id()).planKey(plan.getPlanKey())
                .version(plan.getVersion()).from(m.atDay(1)), null);
        admin.setQuota(ava.id(), label(m), new CompQuotaInput().amount("100000.00").targetIncentive("10000.00")
                .currency("USD"));
        ActivitiesApi crm = new ActivitiesApi(org.client(org.integration));
        for (boolean newLogo : List.of(true, false, false, true, true)) {
            crm.ingestActivity(new ActivityInput().source("crm").externalId(UUID.randomUUID().toString())
                    .type("DEAL_WON").userId(ava.id()).occurredAt(inMonth(m)).amount("1000.00").currency("USD")
                    .product("Platform").newLogo(newLogo));
        }
        CompStatement s = admin.getStatement(ava.id(), label(m));
        // Three new-logo deals x USD 200; the commission is 1 % of 5,000 = 50.00.
        assertEquals(new BigDecimal("600.00"), s.getLines().stream()
                .filter(l -> l.getRule().getKind() == CompRule.KindEnum.UNIT_RATE)
                .map(l -> new BigDecimal(l.getAmount())).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals("650.00", s.getTotals().getEarned());
    }
}
