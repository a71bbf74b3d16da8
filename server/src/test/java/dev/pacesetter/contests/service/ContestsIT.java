package dev.pacesetter.contests.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pacesetter.client.ApiResponse;
import dev.pacesetter.client.api.ContestsApi;
import dev.pacesetter.client.model.Contest;
import dev.pacesetter.client.model.ContestAction;
import dev.pacesetter.client.model.ContestAudience;
import dev.pacesetter.client.model.ContestKind;
import dev.pacesetter.client.model.ContestMetric;
import dev.pacesetter.client.model.ContestPage;
import dev.pacesetter.client.model.ContestPrize;
import dev.pacesetter.client.model.ContestStatus;
import dev.pacesetter.client.model.NewContest;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.Role;
import dev.pacesetter.testing.Problems;
import dev.pacesetter.testing.TestOrg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static dev.pacesetter.contests.service.Contests.action;
import static dev.pacesetter.contests.service.Contests.api;
import static dev.pacesetter.contests.service.Contests.callRace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Creating, reading, listing and steering contests through the generated client. */
class ContestsIT {
    private static TestOrg org;

    @BeforeAll
    static void setUp() {
        org = TestOrg.create(3);
    }

    @Test
    void adminCreatesADraftAndReadsItBack() throws Exception {
        ApiResponse<Contest> created = api(org, org.admin).createContestWithHttpInfo(callRace(org, 2), null);
        assertEquals(201, created.getStatusCode());
        Contest contest = created.getData();
        assertEquals(ContestStatus.DRAFT, contest.getStatus());
        assertEquals(org.admin.id(), contest.getCreatedBy());
        assertTrue(created.getHeaders().get("location").getFirst().endsWith("/v1/contests/" + contest.getId()));
        Contest read = api(org, org.admin).getContest(contest.getId());
        assertEquals("Call race", read.getDefinition().getName());
        assertEquals(2, read.getDefinition().getPrizes().size());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesNothingNew() throws Exception {
        String key = UUID.randomUUID().toString();
        Contest first = api(org, org.admin).createContest(callRace(org, 1), key);
        Contest again = api(org, org.admin).createContest(callRace(org, 1), key);
        assertEquals(first.getId(), again.getId());
        JsonNode problem = Problems.expect(409, () -> api(org, org.admin).createContest(callRace(org, 3), key));
        assertTrue(problem.path("detail").asText().contains(key));
    }

    @Test
    void aRaceToTargetWithoutAGoalNamesTheGoal() {
        NewContest race = callRace(org, 1).kind(ContestKind.RACE_TO_TARGET).prizes(List.of());
        assertTrue(Problems.names(Problems.expect(422, () -> api(org, org.admin).createContest(race, null)), "goal", null));
    }

    @Test
    void aPrizeBeyondTheWinningRanksNamesThePrize() {
        NewContest race = callRace(org, 1).addPrizesItem(new ContestPrize().rank(2).description("Too far"));
        JsonNode problem = Problems.expect(422, () -> api(org, org.admin).createContest(race, null));
        assertTrue(Problems.names(problem, "prizes[1].condition", null), problem::toString);
    }

    @Test
    void anAudienceMustBeExactlyOneKind() {
        NewContest both = callRace(org, 1).audience(new ContestAudience().teamIds(List.of(org.team.id()))
                .userIds(List.of(org.reps.getFirst().id())));
        assertTrue(Problems.names(Problems.expect(422, () -> api(org, org.admin).createContest(both, null)), "audience", null));
    }

    @Test
    void anUnknownActivityTypeIsRefused() {
        NewContest odd = callRace(org, 1).metric(new ContestMetric().activityTypes(List.of("NAP_TAKEN"))
                .aggregation(ContestMetric.AggregationEnum.COUNT));
        assertTrue(Problems.names(Problems.expect(422, () -> api(org, org.admin).createContest(odd, null)),
                "metric.activityTypes", null));
    }

    @Test
    void anAmountMetricNeedsACurrency() {
        NewContest revenue = callRace(org, 1).metric(new ContestMetric().activityTypes(List.of("DEAL_WON"))
                .aggregation(ContestMetric.AggregationEnum.SUM_AMOUNT));
        assertTrue(Problems.names(Problems.expect(422, () -> api(org, org.admin).createContest(revenue, null)),
                "metric.currency", null));
    }

    @Test
    void aManagerCreatesForTheirOwnTeamButNotForEveryone() throws Exception {
        Contest mine = api(org, org.manager).createContest(callRace(org, 1), null);
        assertEquals(org.manager.id(), mine.getCreatedBy());
        NewContest everyone = callRace(org, 1).audience(new ContestAudience().roles(List.of("REP")));
        Problems.expect(403, () -> api(org, org.manager).createContest(everyone, null));
    }

    @Test
    void aRepMayOnlyChallengeInTheirOwnName() {
        Problems.expect(403, () -> api(org, org.reps.getFirst()).createContest(callRace(org, 1), null));
    }

    @Test
    void integrationsAndAssistantsCannotCreate() {
        Problems.expect(403, () -> api(org, org.integration).createContest(callRace(org, 1), null));
        Problems.expect(403, () -> api(org, org.integration).listContests(null, null, null));
        String assistant = TestOrg.signer().sign(org.org.id(), org.admin.id(), EnumSet.of(Role.ASSISTANT),
                org.reps.getFirst().id(), java.time.Instant.now(), java.time.Duration.ofHours(1));
        Problems.expect(403, () -> new ContestsApi(TestOrg.clientWithToken(assistant)).createContest(callRace(org, 1), null));
    }

    @Test
    void anotherOrganisationsContestIsNotFound() throws Exception {
        Contest contest = api(org, org.admin).createContest(callRace(org, 1), null);
        TestOrg other = TestOrg.create(1);
        Problems.expect(404, () -> api(other, other.admin).getContest(contest.getId()));
        Problems.expect(404, () -> api(other, other.admin).actOnContest(contest.getId(), action(ContestAction.CANCEL)));
        ContestPage page = api(other, other.admin).listContests(null, null, 200);
        assertFalse(page.getItems().stream().anyMatch(c -> c.getId().equals(contest.getId())));
    }

    @Test
    void repsSeeContestsTheyAreEligibleForAndNotOthers() throws Exception {
        Contest team = api(org, org.admin).createContest(callRace(org, 1), null);
        UserView outsider = org.reps.getLast();
        Contest listed = api(org, org.admin).createContest(callRace(org, 1)
                .audience(new ContestAudience().userIds(List.of(org.reps.getFirst().id()))), null);
        assertEquals(team.getId(), api(org, outsider).getContest(team.getId()).getId());
        Problems.expect(404, () -> api(org, outsider).getContest(listed.getId()));
        List<Long> seen = api(org, outsider).listContests(null, null, 200).getItems().stream().map(Contest::getId).toList();
        assertTrue(seen.contains(team.getId()));
        assertFalse(seen.contains(listed.getId()));
    }

    @Test
    void theLifecycleRecordsWhoTookEachStepAndRefusesIllegalOnesNamingTheState() throws Exception {
        ContestsApi admin = api(org, org.admin);
        // Starting tomorrow, so the background scheduler does not START it between the steps taken here.
        Contest contest = admin.createContest(callRace(org, 1).startsAt(Contests.START.plusDays(1)).endsAt(Contests.END.plusDays(1)), null);
        Contest scheduled = admin.actOnContest(contest.getId(), action(ContestAction.SCHEDULE));
        assertEquals(ContestStatus.SCHEDULED, scheduled.getStatus());
        assertEquals(String.valueOf(org.admin.id()), scheduled.getHistory().getFirst().getBy());
        JsonNode again = Problems.expect(409, () -> admin.actOnContest(contest.getId(), action(ContestAction.SCHEDULE)));
        assertTrue(Problems.names(again, "status", null), again::toString);
        assertTrue(again.path("detail").asText().contains("SCHEDULED"), again::toString);
        Contest cancelled = admin.actOnContest(contest.getId(), action(ContestAction.CANCEL));
        assertEquals(ContestStatus.CANCELLED, cancelled.getStatus());
        assertEquals(2, cancelled.getHistory().size());
        JsonNode fin = Problems.expect(409, () -> admin.actOnContest(contest.getId(), action(ContestAction.CANCEL)));
        assertTrue(fin.path("detail").asText().contains("CANCELLED is final"), fin::toString);
    }

    @Test
    void endingEarlyIsOnlyForARaceWhosePrizesAreTaken() throws Exception {
        Contest live = Contests.live(org, callRace(org, 1));
        assertEquals(ContestStatus.LIVE, live.getStatus());
        JsonNode problem = Problems.expect(409, () -> api(org, org.admin).actOnContest(live.getId(), action(ContestAction.END)));
        assertTrue(problem.path("detail").asText().contains("LIVE"), problem::toString);
    }

    @Test
    void aRaceToTargetEndsEarlyOnceItsLastPrizeIsTaken() throws Exception {
        TestOrg race = TestOrg.create(2);
        NewContest definition = callRace(race, 1).kind(ContestKind.RACE_TO_TARGET).goal("2").endWhenPrizesTaken(true)
                .prizes(List.of(new ContestPrize().position(1).description("First to two calls")));
        Contest live = Contests.live(race, definition);
        Contests.calls(race, race.reps.get(1), Contests.START.plusMinutes(1));
        Contests.caughtUp(live.getId());
        Problems.expect(409, () -> api(race, race.admin).actOnContest(live.getId(), action(ContestAction.END)));
        Contests.calls(race, race.reps.get(1), Contests.START.plusMinutes(2));
        Contests.caughtUp(live.getId());
        // It now ends itself once the prize is taken (the standings observer may already have ended it).
        // If the observer holds the row, this call skips it (SKIP LOCKED): wait for whichever ends it to commit.
        Contests.scheduler().endIfPrizesTaken(live.getId());
        Contest ended = Contests.awaitStep(api(race, race.admin), live.getId(), "END");
        assertEquals(ContestStatus.LIVE, Contests.step(ended, "END").getFrom());
        assertTrue(Set.of(ContestStatus.ENDED, ContestStatus.FINALISED).contains(ended.getStatus()), ended::toString);
        Problems.expect(409, () -> api(race, race.admin).actOnContest(live.getId(), action(ContestAction.END)));
    }

    @Test
    void onlyTheOrganiserSteersAContest() throws Exception {
        Contest contest = api(org, org.admin).createContest(callRace(org, 1), null);
        Problems.expect(403, () -> api(org, org.manager).actOnContest(contest.getId(), action(ContestAction.SCHEDULE)));
        Problems.expect(403, () -> api(org, org.reps.getFirst()).actOnContest(contest.getId(), action(ContestAction.CANCEL)));
    }

    @Test
    void theOpponentAcceptsOrDeclinesAChallengeAndNoOneElse() throws Exception {
        UserView challenger = org.reps.get(0);
        UserView opponent = org.reps.get(1);
        Contest duel = api(org, challenger).createContest(challenge(challenger, opponent), null);
        assertEquals(ContestStatus.DRAFT, duel.getStatus());
        assertEquals(challenger.id(), duel.getDefinition().getChallengerId());
        Problems.expect(403, () -> api(org, challenger).actOnContest(duel.getId(), action(ContestAction.ACCEPT_CHALLENGE)));
        Contest accepted = api(org, opponent).actOnContest(duel.getId(), action(ContestAction.ACCEPT_CHALLENGE));
        assertEquals(ContestStatus.SCHEDULED, accepted.getStatus());
        Contest other = api(org, challenger).createContest(challenge(challenger, opponent), null);
        assertEquals(ContestStatus.CANCELLED,
                api(org, opponent).actOnContest(other.getId(), action(ContestAction.DECLINE_CHALLENGE)).getStatus());
    }

    @Test
    void eligibleRepsOptInOnceAndOthersCannot() throws Exception {
        Contest contest = api(org, org.admin).createContest(callRace(org, 1).optIn(true), null);
        UserView rep = org.reps.getFirst();
        assertEquals(Boolean.FALSE, api(org, rep).getContest(contest.getId()).getOptedIn());
        assertEquals(Boolean.TRUE, api(org, rep).optIntoContest(contest.getId()).getOptedIn());
        assertEquals(Boolean.TRUE, api(org, rep).optIntoContest(contest.getId()).getOptedIn());
        Contest automatic = api(org, org.admin).createContest(callRace(org, 1), null);
        Problems.expect(409, () -> api(org, rep).optIntoContest(automatic.getId()));
    }

    static NewContest challenge(UserView challenger, UserView opponent) {
        return new NewContest().name("Call-off").kind(ContestKind.HEAD_TO_HEAD).opponentId(opponent.id())
                .metric(new ContestMetric().activityTypes(List.of("CALL_LOGGED")).aggregation(ContestMetric.AggregationEnum.COUNT))
                .audience(new ContestAudience().userIds(List.of(challenger.id(), opponent.id())))
                .startsAt(Contests.START.plusHours(3)).endsAt(Contests.END.plusHours(5))
                .addPrizesItem(new ContestPrize().rank(1).description("Bragging rights"));
    }
}
