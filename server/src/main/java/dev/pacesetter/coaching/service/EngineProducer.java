package dev.pacesetter.coaching.service;

import dev.pacesetter.coaching.BlendPolicy;
import dev.pacesetter.coaching.CoachingEngine;
import dev.pacesetter.content.CoachingLibrary;
import dev.pacesetter.content.SkillModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Loads the skill model and coaching library once (a singleton: the engine is final and immutable); content is validated at build time and again here. */
@ApplicationScoped
class EngineProducer {

    @Produces
    @Singleton
    CoachingEngine engine() {
        return new CoachingEngine(SkillModel.load(), CoachingLibrary.load(), BlendPolicy.DEFAULT);
    }
}
