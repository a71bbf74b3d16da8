package dev.pacesetter.spiffs.service;

import dev.pacesetter.api.model.SpiffEligibility;
import dev.pacesetter.api.model.SpiffNewProgram;
import dev.pacesetter.api.model.SpiffProgram;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.OrgView;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.ProblemException;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;

/**
 * SPIFF programs: admins create, change and archive them (audited with before and after); everyone
 * but integrations reads them. A new or changed program's awards are recomputed in the same
 * transaction, so the answer already shows what it has awarded.
 */
@ApplicationScoped
public class ProgramService {
    static final String ARCHIVED = "ARCHIVED";

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    IdentityService identity;

    @Inject
    AwardAccrual accrual;

    @Inject
    SpiffAudit audit;

    @Inject
    Clock clock;

    @Transactional
    public SpiffProgram create(Caller caller, SpiffNewProgram in) {
        caller.require(Role.ADMIN);
        OrgView org = identity.organisation(caller.orgId());
        dev.pacesetter.spiffs.SpiffProgram valid = SpiffCodec.program(0, in, org);
        requireTeams(org.id(), in.getEligibility());
        SpiffProgramRow row = new SpiffProgramRow();
        row.orgId = org.id();
        row.name = valid.name();
        row.definition = SpiffCodec.json(in);
        row.currency = org.currency().getCurrencyCode();
        row.status = AwardAccrual.ACTIVE;
        row.checkpoint = -1;
        row.createdBy = caller.userId();
        row.createdAt = OffsetDateTime.now(clock);
        row.updatedAt = row.createdAt;
        em.persist(row);
        em.flush();
        audit.record(org.id(), caller.userId(), "PROGRAM", row.id, "CREATED", null, in);
        accrual.recomputeHeld(row);
        return view(row);
    }

    @Transactional
    public SpiffProgram update(Caller caller, long id, SpiffNewProgram in) {
        caller.require(Role.ADMIN);
        SpiffProgramRow row = row(caller.orgId(), id);
        em.lock(row, LockModeType.PESSIMISTIC_WRITE);
        if (ARCHIVED.equals(row.status)) {
            throw ProblemException.conflict("SPIFF " + id + " is in state ARCHIVED and cannot be changed.");
        }
        OrgView org = identity.organisation(caller.orgId());
        SpiffCodec.program(id, in, org);
        requireTeams(org.id(), in.getEligibility());
        SpiffNewProgram before = SpiffCodec.definition(row.definition);
        row.name = in.getName();
        row.definition = SpiffCodec.json(in);
        row.updatedAt = OffsetDateTime.now(clock);
        audit.record(org.id(), caller.userId(), "PROGRAM", row.id, "CHANGED", before, in);
        em.flush();
        accrual.recomputeHeld(row);
        return view(row);
    }

    @Transactional
    public SpiffProgram archive(Caller caller, long id) {
        caller.require(Role.ADMIN);
        SpiffProgramRow row = row(caller.orgId(), id);
        if (!ARCHIVED.equals(row.status)) {
            audit.record(row.orgId, caller.userId(), "PROGRAM", row.id, "ARCHIVED", row.status, ARCHIVED);
            row.status = ARCHIVED;
            row.updatedAt = OffsetDateTime.now(clock);
        }
        return view(row);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SpiffProgram get(Caller caller, long id) {
        requireReader(caller);
        return view(row(caller.orgId(), id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SpiffProgram> list(Caller caller, long afterId, int limit) {
        requireReader(caller);
        return em.createQuery("select p from SpiffProgramRow p where p.orgId = :org and p.id > :after order by p.id",
                        SpiffProgramRow.class)
                .setParameter("org", caller.orgId()).setParameter("after", afterId).setMaxResults(limit)
                .getResultList().stream().map(this::view).toList();
    }

    static void requireReader(Caller caller) {
        caller.require(Role.REP, Role.MANAGER, Role.ADMIN, Role.ASSISTANT);
    }

    /** The program row of the organisation, or 404. */
    SpiffProgramRow row(long orgId, long id) {
        SpiffProgramRow row = em.find(SpiffProgramRow.class, id);
        if (row == null || row.orgId != orgId) {
            throw ProblemException.notFound("SPIFF " + id);
        }
        return row;
    }

    private void requireTeams(long orgId, SpiffEligibility eligibility) {
        if (eligibility == null || eligibility.getTeamIds() == null) {
            return;
        }
        for (int i = 0; i < eligibility.getTeamIds().size(); i++) {
            Long team = eligibility.getTeamIds().get(i);
            try {
                identity.team(orgId, team == null ? -1 : team);
            } catch (ProblemException e) {
                throw ProblemException.invalid("eligibility.teamIds[" + i + "]", "no such team: " + team);
            }
        }
    }

    SpiffProgram view(SpiffProgramRow row) {
        SpiffNewProgram d = SpiffCodec.definition(row.definition);
        Currency currency = Currency.getInstance(row.currency);
        BigDecimal awarded = em.createQuery("select coalesce(sum(a.amount - a.clawback), 0) from SpiffAwardRow a "
                        + "where a.programId = :p and a.status <> 'REJECTED'", BigDecimal.class)
                .setParameter("p", row.id).getSingleResult();
        SpiffProgram out = new SpiffProgram().id(row.id).name(row.name).qualification(d.getQualification())
                .reward(d.getReward()).startDate(d.getStartDate()).endDate(d.getEndDate())
                .eligibility(d.getEligibility() == null ? new SpiffEligibility() : d.getEligibility())
                .budget(d.getBudget()).currency(row.currency).status(SpiffProgram.StatusEnum.valueOf(row.status))
                .awarded(SpiffCodec.wire(awarded, currency));
        if (d.getBudget() != null) {
            out.budgetRemaining(SpiffCodec.wire(new BigDecimal(d.getBudget()).subtract(awarded), currency));
        }
        return out;
    }
}
