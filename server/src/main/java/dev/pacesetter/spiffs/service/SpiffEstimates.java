package dev.pacesetter.spiffs.service;

import dev.pacesetter.api.model.SpiffEstimate;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.OrgView;
import dev.pacesetter.spiffs.AwardRules;
import dev.pacesetter.spiffs.Rep;
import dev.pacesetter.spiffs.SpiffActivity;
import dev.pacesetter.spiffs.SpiffProgram;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which SPIFFs a hypothetical won deal would trigger, for the compensation estimator: each active
 * program is run by the same rules as accrual, next to the ledger as it stands, with the deal added.
 * The deal qualifies at the start of its close date, or now when that is later, so it never jumps
 * ahead of deals already won.
 *
 * <p>The estimator answers interactively, so one estimate reads the ledger once, from the earliest
 * window start among the programs still open, and gives every program that fold: the fold is per
 * original activity and corrections occur after their original, so each activity in a program's
 * window folds exactly as a read from the program's own start would, and {@link AwardRules} ignores
 * the ones outside the window. The rejected awards of all programs and the reps' directory entries
 * are read in one query each, not one per program.
 */
@ApplicationScoped
public class SpiffEstimates {

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    LedgerFold fold;

    @Inject
    IdentityService identity;

    @Inject
    Clock clock;

    /** The SPIFF awards the deal would earn, by program. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SpiffEstimate> forDeal(long orgId, long userId, String product, BigDecimal amount, LocalDate closeDate) {
        OrgView org = identity.organisation(orgId);
        Instant now = clock.instant();
        Instant start = closeDate.atStartOfDay(org.zone()).toInstant();
        Instant at = start.isBefore(now) ? now : start;
        Map<SpiffProgramRow, SpiffProgram> open = new LinkedHashMap<>();
        for (SpiffProgramRow row : em.createQuery("select p from SpiffProgramRow p where p.orgId = :org "
                        + "and p.status = :s order by p.id", SpiffProgramRow.class)
                .setParameter("org", orgId).setParameter("s", AwardAccrual.ACTIVE).getResultList()) {
            SpiffProgram program = SpiffCodec.program(row.id, SpiffCodec.definition(row.definition), org);
            if (at.isBefore(program.end())) {
                open.put(row, program);
            }
        }
        if (open.isEmpty()) {
            return List.of();
        }
        Instant from = open.values().stream().map(SpiffProgram::start).min(Comparator.naturalOrder()).orElseThrow();
        List<SpiffActivity> ledger = fold.from(orgId, from).activities();
        Map<Long, Set<Long>> rejected = rejected(open.keySet().stream().map(row -> row.id).toList());
        Set<Long> users = new HashSet<>();
        ledger.forEach(a -> users.add(a.userId()));
        users.add(userId);
        Map<Long, Rep> reps = new HashMap<>();
        identity.users(orgId, users).forEach((id, u) -> reps.put(id, new Rep(id, u.salesRole(), u.teamId())));
        SpiffActivity deal = new SpiffActivity(-1, Long.MAX_VALUE, userId, "DEAL_WON", product, at, amount, false);
        List<SpiffEstimate> out = new ArrayList<>();
        open.forEach((row, program) -> {
            Set<Long> no = rejected.getOrDefault(row.id, Set.of());
            List<SpiffActivity> mine = no.isEmpty() ? ledger
                    : ledger.stream().filter(a -> !no.contains(a.sourceId())).toList();
            AwardRules.wouldAward(program, mine, reps, deal).ifPresent(award -> out.add(new SpiffEstimate()
                    .spiffId(row.id).spiffName(row.name).reward(SpiffCodec.wire(award.amount()))
                    .explanation(award.explanation())));
        });
        return out;
    }

    /** The source activities of rejected awards, by program. */
    private Map<Long, Set<Long>> rejected(List<Long> programIds) {
        Map<Long, Set<Long>> out = new HashMap<>();
        em.createQuery("select a.programId, a.sourceId from SpiffAwardRow a where a.programId in :p "
                        + "and a.status = 'REJECTED'", Object[].class).setParameter("p", programIds).getResultList()
                .forEach(r -> out.computeIfAbsent((Long) r[0], p -> new HashSet<>()).add((Long) r[1]));
        return out;
    }
}
