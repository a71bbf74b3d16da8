package dev.pacesetter.coaching.service;

import dev.pacesetter.coaching.CoachingEngine;
import dev.pacesetter.coaching.LedgerFact;
import dev.pacesetter.coaching.Rating;
import dev.pacesetter.coaching.QuotaProration;
import dev.pacesetter.coaching.RepAssessment;
import dev.pacesetter.coaching.RepGaps;
import dev.pacesetter.coaching.RepLedger;
import dev.pacesetter.coaching.RepSignals;
import dev.pacesetter.comp.service.QuotaService;
import dev.pacesetter.content.KpiSignal;
import dev.pacesetter.content.SalesRole;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.TeamView;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assesses an organisation's reps from what is stored now: ledger facts over the longest signal
 * window, the latest manager and self rating per skill, peers by sales role. Computed on read —
 * gaps change with every ledger entry and rating, and an organisation is tens to hundreds of reps;
 * the benchmark times the analysis itself for 10,000. Each rep's current comp quota (one query for the
 * organisation) is prorated to the quota-attainment window; a rep without one reads not available.
 */
@ApplicationScoped
class Assessor {

    /** The signal whose window the current comp quota is prorated to. */
    static final String QUOTA_SIGNAL = "quota-attainment";

    @Inject
    CoachingEngine engine;

    @Inject
    IdentityService identity;

    @Inject
    LedgerFacts facts;

    @Inject
    CoachingStore store;

    @Inject
    QuotaService quotas;

    /** Every active sales rep of the organisation (on a team), plus {@code alsoRep} if given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    OrgAssessment assess(long orgId, Instant now, UserView alsoRep) {
        Map<Long, UserView> reps = new LinkedHashMap<>();
        for (TeamView team : identity.teams(orgId)) {
            for (UserView u : identity.teamMembers(orgId, team.id())) {
                if (u.active() && u.roles().contains(Role.REP) && u.salesRole() != null) {
                    reps.put(u.id(), u);
                }
            }
        }
        if (alsoRep != null) {
            reps.put(alsoRep.id(), alsoRep);
        }
        int lookback = 1;
        for (SalesRole role : SalesRole.values()) {
            lookback = Math.max(lookback, engine.lookbackDays(role));
        }
        Map<Long, List<LedgerFact>> byUser = facts.byUser(orgId, reps.keySet(),
                now.minus(Duration.ofDays(lookback)), now);
        Map<Long, Map<String, Rating>> manager = new HashMap<>();
        Map<Long, Map<String, Rating>> self = new HashMap<>();
        for (RatingRow r : store.ratingsOldestFirst(orgId)) {
            Map<Long, Map<String, Rating>> into = "SELF".equals(r.source) ? self : manager;
            into.computeIfAbsent(r.repId, k -> new HashMap<>()).put(r.skillId, new Rating(r.level, r.ratedOn));
        }
        LocalDate today = LocalDate.ofInstant(now, identity.organisation(orgId).zone());
        Map<Long, QuotaService.CurrentQuota> current = quotas.currentQuotas(orgId, today);
        int quotaWindow = engine.model().signal(QUOTA_SIGNAL).map(KpiSignal::windowDays).orElse(0);
        Map<Long, RepSignals> signals = new HashMap<>();
        List<RepAssessment> inputs = new ArrayList<>();
        for (UserView rep : reps.values()) {
            QuotaService.CurrentQuota q = current.get(rep.id());
            Optional<BigDecimal> quota = q == null || quotaWindow == 0 ? Optional.empty()
                    : Optional.of(QuotaProration.toWindow(q.amount(), q.periodDays(), quotaWindow));
            RepLedger ledger = new RepLedger(rep.id(), SalesRole.valueOf(rep.salesRole()),
                    byUser.getOrDefault(rep.id(), List.of()), quota);
            RepSignals s = engine.signals(ledger, now);
            signals.put(rep.id(), s);
            inputs.add(new RepAssessment(s, manager.getOrDefault(rep.id(), Map.of()), self.getOrDefault(rep.id(), Map.of())));
        }
        Map<Long, RepGaps> gaps = new HashMap<>();
        engine.assess(inputs, today).forEach(g -> gaps.put(g.repId(), g));
        return new OrgAssessment(now, today, reps, signals, gaps);
    }
}
