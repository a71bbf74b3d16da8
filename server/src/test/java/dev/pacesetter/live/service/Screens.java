package dev.pacesetter.live.service;

import dev.pacesetter.client.api.ActivitiesApi;
import dev.pacesetter.client.api.ContestsApi;
import dev.pacesetter.client.api.LiveApi;
import dev.pacesetter.client.model.ActivityBatch;
import dev.pacesetter.client.model.ActivityInput;
import dev.pacesetter.client.model.Contest;
import dev.pacesetter.client.model.ContestAction;
import dev.pacesetter.client.model.ContestActionRequest;
import dev.pacesetter.client.model.ContestAudience;
import dev.pacesetter.client.model.ContestKind;
import dev.pacesetter.client.model.ContestMetric;
import dev.pacesetter.client.model.NewContest;
import dev.pacesetter.client.model.NewScreenToken;
import dev.pacesetter.client.model.ScreenToken;
import dev.pacesetter.contests.service.ContestProjector;
import dev.pacesetter.contests.service.ContestScheduler;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.Await;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Fixtures for the live-screen tests: a live call race, calls, screen tokens. */
final class Screens {
    /** Contests here run from an hour ago to an hour from now. */
    static final OffsetDateTime START = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).minusHours(1);
    static final OffsetDateTime END = START.plusHours(2);

    private Screens() {
    }

    /** A LIVE leaderboard race on calls for the org's team, created by its manager. */
    static Contest liveCallRace(TestOrg org, String name) throws Exception {
        return live(org, org.manager, callRace(org, name));
    }

    /** A leaderboard race on calls for the org's team, one winner, running now. */
    static NewContest callRace(TestOrg org, String name) {
        return new NewContest().name(name).kind(ContestKind.LEADERBOARD_RACE).winners(1)
                .metric(new ContestMetric().activityTypes(java.util.List.of("CALL_LOGGED"))
                        .aggregation(ContestMetric.AggregationEnum.COUNT))
                .audience(new ContestAudience().teamIds(java.util.List.of(org.team.id())))
                .startsAt(START).endsAt(END).graceMinutes(0);
    }

    /** Creates, schedules and starts the contest as {@code creator}; returns it LIVE with standings built. */
    static Contest live(TestOrg org, UserView creator, NewContest definition) throws Exception {
        ContestsApi api = new ContestsApi(org.client(creator));
        Contest created = api.createContest(definition, null);
        api.actOnContest(created.getId(), new ContestActionRequest().action(ContestAction.SCHEDULE));
        CDI.current().select(ContestScheduler.class).get().advance(created.getId(), Instant.now());
        // The background scheduler may hold the START step (this call then skipped it): wait for its commit.
        Contest live = Await.until(() -> api.getContest(created.getId()),
                c -> c.getStatus() == dev.pacesetter.client.model.ContestStatus.LIVE);
        caughtUp(created.getId());
        return live;
    }

    /** Logs {@code count} calls for a rep, ten minutes into the contest. */
    static void calls(TestOrg org, UserView rep, int count) throws Exception {
        ActivityBatch batch = new ActivityBatch();
        for (int i = 0; i < count; i++) {
            batch.addActivitiesItem(new ActivityInput().source("dialer").externalId(UUID.randomUUID().toString())
                    .type("CALL_LOGGED").userId(rep.id()).occurredAt(START.plusMinutes(10 + i)));
        }
        new ActivitiesApi(org.client(org.integration)).ingestActivities(batch.atomic(true), null);
    }

    static void caughtUp(long contestId) {
        CDI.current().select(ContestProjector.class).get().catchUpNow(contestId);
    }

    static ScreenToken token(TestOrg org, UserView who, long contestId) throws Exception {
        return new LiveApi(org.client(who)).createScreenToken(contestId, null, new NewScreenToken().hours(2));
    }
}
