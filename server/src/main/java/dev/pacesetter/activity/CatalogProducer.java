package dev.pacesetter.activity;

import dev.pacesetter.content.ActivityCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The activity catalog from the content module, loaded and validated once (a singleton: it is final and immutable). */
@ApplicationScoped
class CatalogProducer {

    @Produces
    @Singleton
    ActivityCatalog catalog() {
        return ActivityCatalog.load();
    }
}
