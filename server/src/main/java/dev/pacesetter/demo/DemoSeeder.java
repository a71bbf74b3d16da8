package dev.pacesetter.demo;

import dev.pacesetter.activity.LedgerService;
import dev.pacesetter.api.model.ActivityInput;
import dev.pacesetter.api.model.NewTeam;
import dev.pacesetter.api.model.NewUser;
import dev.pacesetter.api.model.Role;
import dev.pacesetter.api.model.SalesRole;
import dev.pacesetter.api.model.UserUpdate;
import dev.pacesetter.identity.IdentityAdmin;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.OrgView;
import dev.pacesetter.identity.TeamView;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/** Seeds the demo organisation once, on the first start of the embedded default. */
@ApplicationScoped
public class DemoSeeder {
    private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());
    static final String SLUG = "demo";
    static final String DOMAIN = "@demo.pacesetter.dev";

    @Inject
    @ConfigProperty(name = "pacesetter.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    IdentityService identity;

    @Inject
    IdentityAdmin admin;

    @Inject
    LedgerService ledger;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<DemoSeeded> seeded;

    /** Whom the banner prints tokens for. */
    public record Login(long orgId, long userId, String name, dev.pacesetter.platform.Role role) {
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (enabled) {
            seedIfAbsent();
        }
    }

    /** Seeds the demo organisation (and, through {@link DemoSeeded}, every feature's demo data) unless it exists. */
    boolean seedIfAbsent() {
        if (identity.organisationBySlug(SLUG).isPresent()) {
            return false;
        }
        long started = System.nanoTime();
        int activities = seed();
        LOG.info(() -> "Seeded the demo organisation: 3 teams, 30 reps, " + activities + " activities in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return true;
    }

    public List<Login> logins() {
        OrgView org = identity.organisationBySlug(SLUG).orElseThrow();
        List<Login> out = new ArrayList<>();
        out.add(login(org, "ava.reed", dev.pacesetter.platform.Role.REP));
        out.add(login(org, "maya.chen", dev.pacesetter.platform.Role.MANAGER));
        out.add(login(org, "admin", dev.pacesetter.platform.Role.ADMIN));
        out.add(login(org, "crm-integration", dev.pacesetter.platform.Role.INTEGRATION));
        return out;
    }

    private Login login(OrgView org, String local, dev.pacesetter.platform.Role role) {
        UserView user = identity.users(org.id(), userIdsByEmail(org.id(), local + DOMAIN)).values().iterator().next();
        return new Login(org.id(), user.id(), user.displayName(), role);
    }

    private List<Long> userIdsByEmail(long orgId, String email) {
        return List.of(DemoRoster.find(identity, orgId, email));
    }

    private int seed() {
        ZoneId zone = ZoneId.of("America/New_York");
        OrgView org = admin.createOrganisation(SLUG, "Northwind Demo", zone, Currency.getInstance("USD"));
        UserView root = user(org, "admin", "Dana Admin", Role.ADMIN, null, null, null);
        UserView integration = user(org, "crm-integration", "CRM Integration", Role.INTEGRATION, null, null, null);
        List<DemoActivity.Rep> reps = new ArrayList<>();
        List<DemoActivity.Rep> splitPairs = new ArrayList<>();
        for (DemoRoster.TeamSpec spec : DemoRoster.TEAMS) {
            UserView manager = user(org, spec.managerLogin(), spec.managerName(), Role.MANAGER, null, null, root.id());
            TeamView team = admin.createTeam(org.id(), new NewTeam().name(spec.name()).managerId(manager.id()));
            admin.updateUser(org.id(), manager.id(), new UserUpdate().teamId(team.id()));
            for (DemoRoster.RepSpec rep : spec.reps()) {
                UserView u = user(org, rep.login(), rep.name(), Role.REP, SalesRole.fromValue(rep.salesRole()),
                        team.id(), manager.id());
                reps.add(new DemoActivity.Rep(u.id(), rep.salesRole(), rep.skill()));
            }
            // The team's first two AEs share a couple of deals.
            List<DemoActivity.Rep> aes = reps.subList(reps.size() - spec.reps().size(), reps.size()).stream()
                    .filter(r -> "AE".equals(r.salesRole())).limit(2).toList();
            if (aes.size() == 2) {
                splitPairs.addAll(aes);
            }
        }
        Caller crm = new Caller(org.id(), integration.id(), EnumSet.of(dev.pacesetter.platform.Role.INTEGRATION), null);
        Instant now = clock.instant();
        LocalDate first = LocalDate.ofInstant(now, zone).minusDays(59);
        List<ActivityInput> all = new ArrayList<>();
        for (DemoActivity.Rep rep : reps) {
            List<ActivityInput> own = new ArrayList<>(DemoActivity.history(rep, first, now, zone, "USD"));
            own.addAll(DemoActivity.outcomes(rep, first, now, zone, "USD"));
            own.addAll(DemoActivity.closedTopUp(rep, own, now, zone));
            all.addAll(own);
        }
        for (int i = 0; i + 1 < splitPairs.size(); i += 2) {
            all.addAll(DemoActivity.splitDeals(splitPairs.get(i), splitPairs.get(i + 1), now, "USD"));
        }
        all.sort(java.util.Comparator.comparing(ActivityInput::getOccurredAt));
        for (int i = 0; i < all.size(); i += 1000) {
            ledger.ingest(crm, all.subList(i, Math.min(all.size(), i + 1000)), true);
        }
        List<ActivityInput> corrections = DemoActivity.corrections(all, now);
        if (!corrections.isEmpty()) {
            ledger.ingest(crm, corrections, true);
        }
        seeded.fire(new DemoSeeded(org.id(), root.id(), integration.id()));
        return all.size() + corrections.size();
    }

    private UserView user(OrgView org, String login, String name, Role role, SalesRole salesRole, Long teamId,
                          Long managerId) {
        return admin.createUser(org.id(), new NewUser().email(login + DOMAIN).displayName(name).roles(List.of(role))
                .salesRole(salesRole).teamId(teamId).managerId(managerId).timeZone(org.zone().getId()).locale("en-US"));
    }
}
