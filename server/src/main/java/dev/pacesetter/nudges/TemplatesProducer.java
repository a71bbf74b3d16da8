package dev.pacesetter.nudges;

import dev.pacesetter.content.NudgeTemplates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The nudge templates from the content module, loaded and validated once (final, immutable). */
@ApplicationScoped
class TemplatesProducer {

    @Produces
    @Singleton
    NudgeTemplates templates() {
        return NudgeTemplates.load();
    }
}
