package dev.pacesetter.comp.service;

import dev.pacesetter.api.model.CompCap;
import dev.pacesetter.api.model.CompGate;
import dev.pacesetter.api.model.CompInquiry;
import dev.pacesetter.api.model.CompInquiryReply;
import dev.pacesetter.api.model.CompItemFilter;
import dev.pacesetter.api.model.CompNewAssignment;
import dev.pacesetter.api.model.CompNewInquiry;
import dev.pacesetter.api.model.CompNewPlanVersion;
import dev.pacesetter.api.model.CompPeriodKind;
import dev.pacesetter.api.model.CompPlanComponent;
import dev.pacesetter.api.model.CompQuotaInput;
import dev.pacesetter.api.model.CompStatementLine;
import dev.pacesetter.api.model.CompTier;
import dev.pacesetter.comp.CompPeriod;
import dev.pacesetter.comp.PeriodKind;
import dev.pacesetter.demo.DemoSeeded;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.OrgView;
import dev.pacesetter.identity.TeamView;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The demo organisation's compensation: a quarterly AE/AM plan (8 % to quota, 12 % accelerator above,
 * gated at 50 %, capped at 3x target incentive, USD 1,000 at 100 %), an SDR plan (USD 50 per meeting
 * booked), quotas for the previous and current quarter, and previous-quarter SDR statements in each
 * approval state. Through the same services as the HTTP API.
 */
@ApplicationScoped
class CompDemo {
    private static final Logger LOG = Logger.getLogger(CompDemo.class.getName());
    /** Quarterly quota and target incentive by sales role: the demo's spread puts reps under the gate,
     *  in the accelerator, and (one AE) against the cap. */
    private static final Map<String, String[]> QUOTAS = Map.of(
            "AE", new String[] {"300000.00", "20000.00"},
            "AM", new String[] {"150000.00", "10000.00"},
            "SDR", new String[] {"100000.00", "6000.00"});
    /** A first-line manager's quota: roughly their team's, on the sellers plan with roll-up credit. */
    private static final String[] MANAGER_QUOTA = {"900000.00", "30000.00"};

    @Inject
    PlanService plans;

    @Inject
    QuotaService quotas;

    @Inject
    StatementService statements;

    @Inject
    IdentityService identity;

    @Inject
    InquiryService inquiries;

    @Inject
    Clock clock;

    void onSeeded(@Observes DemoSeeded seeded) {
        OrgView org = identity.organisation(seeded.orgId());
        Caller admin = new Caller(org.id(), seeded.adminId(), EnumSet.of(Role.ADMIN), null);
        CompPeriod current = CompPeriod.containing(PeriodKind.QUARTER, LocalDate.now(clock.withZone(org.zone())));
        CompPeriod previous = CompPeriod.containing(PeriodKind.QUARTER, current.start().minusDays(1));
        plans.createVersion(admin, sellers(previous.start()));
        plans.createVersion(admin, sdrs(previous.start()));
        List<UserView> sdrs = new ArrayList<>();
        List<UserView> aes = new ArrayList<>();
        for (TeamView team : identity.teams(org.id())) {
            if (team.managerId() != null) {
                // Managers are credited with their reports' deals (roll-up) on the sellers plan.
                plans.assign(admin, new CompNewAssignment().userId(team.managerId()).planKey("sellers").version(1)
                        .from(previous.start()));
                for (CompPeriod period : List.of(previous, current)) {
                    quotas.setQuota(admin, team.managerId(), period,
                            new CompQuotaInput().amount(MANAGER_QUOTA[0]).targetIncentive(MANAGER_QUOTA[1]));
                }
            }
            for (UserView rep : identity.teamMembers(org.id(), team.id())) {
                String[] quota = rep.salesRole() == null ? null : QUOTAS.get(rep.salesRole());
                if (quota == null) {
                    continue;
                }
                plans.assign(admin, new CompNewAssignment().userId(rep.id())
                        .planKey("SDR".equals(rep.salesRole()) ? "sdr-meetings" : "sellers").version(1)
                        .from(previous.start()));
                for (CompPeriod period : List.of(previous, current)) {
                    quotas.setQuota(admin, rep.id(), period, new CompQuotaInput().amount(quota[0]).targetIncentive(quota[1]));
                }
                if ("SDR".equals(rep.salesRole())) {
                    sdrs.add(rep);
                } else if ("AE".equals(rep.salesRole())) {
                    aes.add(rep);
                }
            }
        }
        // Previous quarter: one SDR paid, one approved, one approved by their manager only; the rest draft.
        for (int i = 0; i < Math.min(3, sdrs.size()); i++) {
            UserView rep = sdrs.get(i);
            Caller manager = new Caller(org.id(), rep.managerId(), EnumSet.of(Role.MANAGER), null);
            statements.approve(manager, rep.id(), previous);
            if (i < 2) {
                statements.approve(admin, rep.id(), previous);
            }
            if (i < 1) {
                statements.markPaid(admin, rep.id(), previous);
            }
        }
        if (!aes.isEmpty()) {
            openInquiry(org, aes.getFirst(), current);
        }
        LOG.info(() -> "Seeded demo compensation: plans 'sellers' and 'sdr-meetings', quotas for "
                + previous.label() + " and " + current.label());
    }

    /** An AE disputes the first line of their running statement; their manager has answered, the rep not yet. */
    private void openInquiry(OrgView org, UserView rep, CompPeriod period) {
        Caller asRep = new Caller(org.id(), rep.id(), EnumSet.of(Role.REP), null);
        List<CompStatementLine> lines = statements.view(org.id(), rep.id(), period).getLines();
        if (lines.isEmpty() || rep.managerId() == null) {
            return;
        }
        CompInquiry inquiry = inquiries.open(asRep, rep.id(), period, new CompNewInquiry().lineId(lines.getFirst().getId())
                .message("My Northwind renewal closed on the 28th but I don't see it credited here. "
                        + "Can you check whether it landed in this quarter?"));
        Caller manager = new Caller(org.id(), rep.managerId(), EnumSet.of(Role.MANAGER), null);
        inquiries.reply(manager, inquiry.getId(), new CompInquiryReply().message(
                "Looking into it with RevOps: the CRM shows a close date in next month. I'll confirm by Friday."));
    }

    private static CompNewPlanVersion sellers(LocalDate from) {
        return new CompNewPlanVersion().planKey("sellers").name("Account Executives and Managers").periodKind(
                CompPeriodKind.QUARTER).effectiveFrom(from).components(List.of(
                new CompPlanComponent().id("commission").kind(CompPlanComponent.KindEnum.RATE_TABLE)
                        .mode(CompPlanComponent.ModeEnum.MARGINAL)
                        .tiers(List.of(new CompTier().fromPercent("0").toPercent("100").ratePercent("8"),
                                new CompTier().fromPercent("100").ratePercent("12")))
                        .gate(new CompGate().minAttainmentPercent("50")).cap(new CompCap().targetMultiple("3")),
                new CompPlanComponent().id("presidents-club").kind(CompPlanComponent.KindEnum.MILESTONE)
                        .atAttainmentPercent("100").bonus("1000.00")));
    }

    private static CompNewPlanVersion sdrs(LocalDate from) {
        return new CompNewPlanVersion().planKey("sdr-meetings").name("Sales Development").periodKind(
                CompPeriodKind.QUARTER).effectiveFrom(from).components(List.of(
                new CompPlanComponent().id("meetings").kind(CompPlanComponent.KindEnum.PER_UNIT)
                        .filter(new CompItemFilter().types(List.of("MEETING_BOOKED"))).perUnit("50.00")));
    }
}
