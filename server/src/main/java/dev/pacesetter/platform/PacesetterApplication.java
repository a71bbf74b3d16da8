package dev.pacesetter.platform;

import dev.pacesetter.activity.ActivitiesResource;
import dev.pacesetter.coaching.service.CoachingResource;
import dev.pacesetter.comp.service.CompensationResource;
import dev.pacesetter.contests.service.ContestsResource;
import dev.pacesetter.identity.IdentityResource;
import dev.pacesetter.leaderboards.LeaderboardsResource;
import dev.pacesetter.live.service.ContestStreamResource;
import dev.pacesetter.live.service.ScreenTokensResource;
import dev.pacesetter.live.service.TvResource;
import dev.pacesetter.nudges.NudgesResource;
import dev.pacesetter.spiffs.service.SpiffsResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/**
 * The JAX-RS application: the resources (each implements a generated API interface) and the
 * providers, listed explicitly so nothing is served by accident.
 */
@ApplicationScoped
@ApplicationPath("/")
public class PacesetterApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                IdentityResource.class,
                ActivitiesResource.class,
                LeaderboardsResource.class,
                CompensationResource.class,
                ContestsResource.class,
                NudgesResource.class,
                CoachingResource.class,
                ScreenTokensResource.class,
                ContestStreamResource.class,
                TvResource.class,
                SpiffsResource.class,
                AuthFilter.class,
                RequestLog.class,
                JsonProvider.class,
                TimeParams.class,
                ProblemMapper.class,
                WebErrorMapper.class,
                JsonErrorMapper.Parse.class,
                JsonErrorMapper.Mapping.class,
                UnexpectedErrorMapper.class);
    }
}
