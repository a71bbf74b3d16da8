package dev.pacesetter.comp.service;

import dev.pacesetter.api.model.CompEstimate;
import dev.pacesetter.api.model.CompEstimateRequest;
import dev.pacesetter.api.model.CompEstimateSide;
import dev.pacesetter.api.model.CompSplit;
import dev.pacesetter.comp.ActivityKind;
import dev.pacesetter.comp.Activity;
import dev.pacesetter.comp.Attribution;
import dev.pacesetter.comp.CompPeriod;
import dev.pacesetter.comp.CompPlan;
import dev.pacesetter.comp.CompRuleException;
import dev.pacesetter.comp.Compensation;
import dev.pacesetter.comp.Estimate;
import dev.pacesetter.comp.ItemRef;
import dev.pacesetter.comp.Money;
import dev.pacesetter.comp.Split;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.OrgView;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.ProblemException;
import dev.pacesetter.spiffs.service.SpiffEstimates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * "What do I earn if I close this deal?" — the rep's period as it stands, run through the engine
 * without and with the deal ({@link Compensation#estimate}). Nothing is stored.
 */
@ApplicationScoped
public class EstimateService {

    @Inject
    StatementService statements;

    @Inject
    PlanService plans;

    @Inject
    IdentityService identity;

    @Inject
    SpiffEstimates spiffs;

    @Transactional(Transactional.TxType.SUPPORTS)
    public CompEstimate estimate(Caller caller, CompEstimateRequest in) {
        long userId = in.getUserId() == null ? caller.subjectId() : in.getUserId();
        statements.requireReader(caller, userId);
        if (in.getCloseDate() == null) {
            throw ProblemException.invalid("closeDate", "is required");
        }
        OrgView org = identity.organisation(caller.orgId());
        CompPlan plan = plans.planFor(org.id(), userId, in.getCloseDate())
                .orElseThrow(() -> ProblemException.notFound("A compensation plan of user " + userId + " on "
                        + in.getCloseDate()));
        CompPeriod period = CompPeriod.containing(plan.periodKind(), in.getCloseDate());
        if (in.getCurrency() != null && !in.getCurrency().equals(plan.currency().getCurrencyCode())) {
            throw ProblemException.invalid("currency", "must be the plan currency " + plan.currency());
        }
        try {
            Money amount = PlanCodec.money(in.getAmount(), "amount", plan.currency());
            if (amount.signum() <= 0) {
                throw new CompRuleException("amount: must be positive, was " + amount);
            }
            ItemRef ref = ItemRef.hypothetical(in.getCloseDate().atStartOfDay(org.zone()).toInstant());
            Activity deal = new Activity(ref, ActivityKind.dealWon(in.getProduct() == null ? "" : in.getProduct(),
                    Boolean.TRUE.equals(in.getNewLogo())), amount, attribution(userId, in.getSplits()));
            Estimate estimate = Compensation.estimate(statements.input(org, userId, period, plan), deal);
            return new CompEstimate().userId(userId).period(period.label())
                    .currency(plan.currency().getCurrencyCode())
                    .deltaEarnings(Wire.money(estimate.deltaEarnings()))
                    .deltaAttainmentPercent(Wire.percent(estimate.deltaAttainmentPercent()))
                    .before(side(estimate.before())).after(side(estimate.after()))
                    .explanation(estimate.explanation())
                    .spiffs(spiffs.forDeal(org.id(), userId, in.getProduct() == null ? "" : in.getProduct(),
                            amount.amount(), in.getCloseDate()));
        } catch (CompRuleException e) {
            throw PlanService.problem(e);
        }
    }

    private static Attribution attribution(long userId, List<CompSplit> splits) {
        if (splits == null || splits.isEmpty()) {
            return Attribution.owner(Long.toString(userId));
        }
        List<Split> shares = new ArrayList<>();
        for (int i = 0; i < splits.size(); i++) {
            CompSplit split = splits.get(i);
            if (split == null || split.getUserId() == null) {
                throw new CompRuleException("splits[" + i + "].userId: is required");
            }
            shares.add(new Split(Long.toString(split.getUserId()), PlanCodec.decimal(split.getPercent(),
                    "splits[" + i + "].percent")));
        }
        return new Attribution(Long.toString(userId), shares);
    }

    private static CompEstimateSide side(Estimate.Snapshot snapshot) {
        return new CompEstimateSide().earnings(Wire.money(snapshot.earnings()))
                .attainmentPercent(Wire.percent(snapshot.attainmentPercent()))
                .tier(snapshot.tier().map(Estimate.TierReached::label).orElse(null));
    }
}
