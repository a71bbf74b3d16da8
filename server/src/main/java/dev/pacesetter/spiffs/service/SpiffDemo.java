package dev.pacesetter.spiffs.service;

import dev.pacesetter.api.model.SpiffAward;
import dev.pacesetter.api.model.SpiffAwardAction;
import dev.pacesetter.api.model.SpiffEligibility;
import dev.pacesetter.api.model.SpiffNewProgram;
import dev.pacesetter.api.model.SpiffProgram;
import dev.pacesetter.api.model.SpiffQualification;
import dev.pacesetter.api.model.SpiffReward;
import dev.pacesetter.api.model.SpiffRewardKind;
import dev.pacesetter.demo.DemoSeeded;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.OrgView;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo organisation's SPIFFs, through the same services as the API: "Platform push" (USD 250 per
 * Platform deal of USD 5,000 or more by AEs and AMs over the last 30 days, budget USD 3,000, which
 * the demo history uses up) and "Meeting blitz" (USD 100 for every 5 meetings booked by SDRs this
 * month, no budget). The first Platform awards are paid, approved finally, approved by a manager and
 * rejected, so every status shows.
 */
@ApplicationScoped
class SpiffDemo {
    private static final Logger LOG = Logger.getLogger(SpiffDemo.class.getName());

    @Inject
    ProgramService programs;

    @Inject
    AwardService awards;

    @Inject
    IdentityService identity;

    @Inject
    Clock clock;

    void onSeeded(@Observes DemoSeeded seeded) {
        OrgView org = identity.organisation(seeded.orgId());
        Caller admin = new Caller(org.id(), seeded.adminId(), EnumSet.of(Role.ADMIN), null);
        LocalDate today = LocalDate.now(clock.withZone(org.zone()));
        SpiffProgram platform = programs.create(admin, new SpiffNewProgram().name("Platform push")
                .qualification(new SpiffQualification().types(List.of("DEAL_WON")).products(List.of("Platform"))
                        .minAmount("5000.00"))
                .reward(new SpiffReward().kind(SpiffRewardKind.FIXED_PER_UNIT).amount("250.00").unitsPerReward(1))
                .startDate(today.minusDays(30)).endDate(today.plusDays(14))
                .eligibility(new SpiffEligibility().salesRoles(List.of("AE", "AM"))).budget("3000.00"));
        programs.create(admin, new SpiffNewProgram().name("Meeting blitz")
                .qualification(new SpiffQualification().types(List.of("MEETING_BOOKED")))
                .reward(new SpiffReward().kind(SpiffRewardKind.FIXED_PER_UNIT).amount("100.00").unitsPerReward(5))
                .startDate(today.withDayOfMonth(1)).endDate(today.withDayOfMonth(today.lengthOfMonth()))
                .eligibility(new SpiffEligibility().salesRoles(List.of("SDR"))));
        List<SpiffAward> first = awards.list(admin, platform.getId(), null, null, 0, 4);
        List<List<SpiffAwardAction>> steps = List.of(
                List.of(SpiffAwardAction.APPROVE, SpiffAwardAction.APPROVE_FINAL, SpiffAwardAction.PAY),
                List.of(SpiffAwardAction.APPROVE, SpiffAwardAction.APPROVE_FINAL),
                List.of(SpiffAwardAction.APPROVE),
                List.of(SpiffAwardAction.REJECT));
        for (int i = 0; i < first.size(); i++) {
            SpiffAward award = first.get(i);
            Long managerId = identity.user(org.id(), award.getUserId()).managerId();
            Caller manager = managerId == null ? admin : new Caller(org.id(), managerId, EnumSet.of(Role.MANAGER), null);
            for (SpiffAwardAction action : steps.get(i)) {
                boolean finance = action == SpiffAwardAction.APPROVE_FINAL || action == SpiffAwardAction.PAY;
                awards.transition(finance ? admin : manager, award.getId(), action,
                        action == SpiffAwardAction.REJECT ? "Deal booked twice in the CRM" : null);
            }
        }
        LOG.info(() -> "Seeded demo SPIFFs 'Platform push' (budget USD 3,000; " + programs.get(admin, platform.getId())
                .getAwarded() + " awarded) and 'Meeting blitz'");
    }
}
