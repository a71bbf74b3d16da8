package dev.pacesetter.demo;

import dev.pacesetter.client.ApiClient;
import dev.pacesetter.client.api.CoachingApi;
import dev.pacesetter.client.api.CompensationApi;
import dev.pacesetter.client.api.ContestsApi;
import dev.pacesetter.client.api.NudgesApi;
import dev.pacesetter.client.api.SpiffsApi;
import dev.pacesetter.client.model.CoachingPlanView;
import dev.pacesetter.client.model.CompInquiryStatus;
import dev.pacesetter.client.model.CompStatementState;
import dev.pacesetter.client.model.CompStatementSummary;
import dev.pacesetter.client.model.Contest;
import dev.pacesetter.client.model.ContestStatus;
import dev.pacesetter.client.model.InboxItem;
import dev.pacesetter.client.model.KpiSignalReading;
import dev.pacesetter.client.model.SignalStatus;
import dev.pacesetter.comp.CompPeriod;
import dev.pacesetter.comp.PeriodKind;
import dev.pacesetter.platform.Role;
import dev.pacesetter.testing.TestOrg;
import dev.pacesetter.testing.TestServer;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo organisation that `./pacesetter run` shows, seeded here on the real PostgreSQL and Redis
 * (the run command itself uses H2 and embedded Redis): every feature's demo data is there and reads
 * back through the public API, so a newcomer's first look is never a broken one.
 */
class DemoOrganisationIT {
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static Map<Role, ApiClient> as;
    private static DemoSeeder.Login rep;
    private static DemoSeeder.Login manager;

    @BeforeAll
    static void seed() {
        TestServer.get(); // the server (and CDI) may not be up yet when this class runs alone
        DemoSeeder seeder = CDI.current().select(DemoSeeder.class).get();
        seeder.seedIfAbsent();
        List<DemoSeeder.Login> logins = seeder.logins();
        as = logins.stream().collect(Collectors.toMap(DemoSeeder.Login::role, l -> TestOrg.clientWithToken(
                TestOrg.signer().sign(l.orgId(), l.userId(), List.of(l.role()), null, Instant.now(), Duration.ofHours(1)))));
        rep = logins.stream().filter(l -> l.role() == Role.REP).findFirst().orElseThrow();
        manager = logins.stream().filter(l -> l.role() == Role.MANAGER).findFirst().orElseThrow();
    }

    @Test
    void aLiveContestOfEachKindIsRunning() throws Exception {
        List<Contest> contests = new ContestsApi(as.get(Role.ADMIN)).listContests(ContestStatus.LIVE, null, 50).getItems();
        Set<String> kinds = contests.stream().map(c -> c.getDefinition().getKind().getValue()).collect(Collectors.toSet());
        assertEquals(Set.of("LEADERBOARD_RACE", "RACE_TO_TARGET", "THRESHOLD", "HEAD_TO_HEAD", "TEAM_BATTLE"), kinds);
    }

    @Test
    void compensationHasStatementsInSeveralStatesAManagerRollUpAndAnAnsweredInquiry() throws Exception {
        CompensationApi admin = new CompensationApi(as.get(Role.ADMIN));
        CompPeriod current = CompPeriod.containing(PeriodKind.QUARTER, LocalDate.now(ZONE));
        CompPeriod previous = CompPeriod.containing(PeriodKind.QUARTER, current.start().minusDays(1));
        Set<CompStatementState> states = admin.listStatements(previous.label(), null, null, null, 200).getItems().stream()
                .map(CompStatementSummary::getState).collect(Collectors.toSet());
        assertTrue(states.containsAll(Set.of(CompStatementState.DRAFT, CompStatementState.APPROVED,
                CompStatementState.PAID)), "previous quarter states: " + states);
        // The manager is on the sellers plan and credited with their team's deals.
        var own = admin.getStatement(manager.userId(), current.label());
        assertTrue(own.getLines().stream().anyMatch(l -> l.getExplanation().contains("Roll-up")),
                "a manager's statement explains roll-up credit: " + own.getLines());
        assertEquals(1, admin.listInquiries(null, 50, CompInquiryStatus.ANSWERED).getItems().size());
        // Ava shares two deals with a team-mate (3 and 10 days ago: this quarter or, early in one, the last).
        boolean split = false;
        for (CompPeriod p : List.of(current, previous)) {
            split |= admin.getStatement(rep.userId(), p.label()).getLines().stream()
                    .anyMatch(l -> l.getExplanation().contains("Split credit: "));
        }
        assertTrue(split, "the demo rep's statement names a split deal");
    }

    /** The demo sends lost deals, pushed close dates and has quotas, so an AE's outcome signals are measured. */
    @Test
    void theDemoAesOutcomeSignalsAreMeasured() throws Exception {
        Map<String, KpiSignalReading> signals = new CoachingApi(as.get(Role.REP)).getRepProficiency(rep.userId())
                .getSignals().stream().collect(Collectors.toMap(KpiSignalReading::getSignalId, s -> s));
        for (String id : List.of("win-rate", "deal-slip-rate", "quota-attainment")) {
            assertEquals(SignalStatus.MEASURED, signals.get(id).getStatus(), rep.name() + ": " + signals.get(id));
        }
        assertTrue(signals.values().stream().noneMatch(s -> s.getStatus() == SignalStatus.NOT_AVAILABLE),
                "nothing waits for data the demo does not send: " + signals.values());
    }

    @Test
    void spiffsCoachingAndTheInboxAreFilled() throws Exception {
        assertEquals(2, new SpiffsApi(as.get(Role.REP)).listSpiffs(null, 50).getItems().size());
        Set<String> planStates = new CoachingApi(as.get(Role.ADMIN)).listCoachingPlans(null, null).getItems().stream()
                .map(CoachingPlanView::getState).map(Object::toString).collect(Collectors.toSet());
        assertTrue(planStates.size() >= 4, "plans in several states: " + planStates);
        // Nudges reach the inbox through the outbox dispatcher: wait for it, up to half a minute.
        NudgesApi inbox = new NudgesApi(as.get(Role.REP));
        Set<String> kinds = Set.of();
        for (int i = 0; i < 60 && !kinds.containsAll(Set.of("CONTEST_STARTED", "COACHING_PLAN_ASSIGNED")); i++) {
            kinds = inbox.getMyInbox(null, 100, null).getItems().stream().map(InboxItem::getKind)
                    .map(Object::toString).collect(Collectors.toSet());
            Thread.sleep(500);
        }
        assertTrue(kinds.containsAll(Set.of("CONTEST_STARTED", "COACHING_PLAN_ASSIGNED")), "inbox of "
                + rep.name() + ": " + kinds);
    }
}
