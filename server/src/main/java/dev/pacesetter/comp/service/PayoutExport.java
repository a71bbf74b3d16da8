package dev.pacesetter.comp.service;

import dev.pacesetter.api.model.CompStatement;
import dev.pacesetter.api.model.CompStatementLine;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.ProblemException;
import dev.pacesetter.platform.Role;
import dev.pacesetter.spiffs.service.SpiffPayouts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Approved and paid payouts as CSV for payroll: one row per rep, period and component. The rows
 * of a statement add up to its totals because they are sums of its (already rounded) lines; an
 * adjustment line counts under the component it adjusts.
 */
@ApplicationScoped
public class PayoutExport {
    static final String HEADER = "user_id,display_name,period,plan,component,earned,adjustments,payable,currency,state";

    @Inject
    StatementService statements;

    @Inject
    IdentityService identity;

    @Inject
    SpiffPayouts spiffs;

    @Transactional(Transactional.TxType.SUPPORTS)
    public String csv(Caller caller, LocalDate from, LocalDate to) {
        caller.require(Role.ADMIN);
        if (from == null || to == null || !from.isBefore(to)) {
            throw ProblemException.badRequest(from == null ? "from" : "to", "from and to are required, from before to");
        }
        List<CompStatement> approved = statements.frozenStatements(caller.orgId(), List.of("APPROVED", "PAID"), from, to);
        Map<Long, UserView> users = identity.users(caller.orgId(), approved.stream().map(CompStatement::getUserId).toList());
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (CompStatement s : approved) {
            Map<String, BigDecimal[]> byComponent = new LinkedHashMap<>();
            for (CompStatementLine line : s.getLines()) {
                BigDecimal[] sums = byComponent.computeIfAbsent(line.getComponentId(),
                        c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sums[line.getAdjustment() == null ? 0 : 1] = sums[line.getAdjustment() == null ? 0 : 1]
                        .add(new BigDecimal(line.getAmount()));
            }
            UserView user = users.get(s.getUserId());
            byComponent.forEach((component, sums) -> csv.append(s.getUserId()).append(',')
                    .append(escape(user == null ? "" : user.displayName())).append(',').append(s.getPeriod()).append(',')
                    .append(s.getPlanKey()).append("/v").append(s.getPlanVersion()).append(',').append(escape(component))
                    .append(',').append(Wire.money(sums[0], s.getCurrency()))
                    .append(',').append(Wire.money(sums[1], s.getCurrency()))
                    .append(',').append(Wire.money(sums[0].add(sums[1]), s.getCurrency()))
                    .append(',').append(s.getCurrency()).append(',').append(s.getState().name()).append('\n'));
        }
        // SPIFF awards approved by finance (or paid) are payroll lines too: one per award, the program as component.
        List<SpiffPayouts.Line> spiffLines = spiffs.lines(caller.orgId(), from, to);
        Map<Long, UserView> spiffUsers = identity.users(caller.orgId(), spiffLines.stream().map(SpiffPayouts.Line::userId)
                .toList());
        for (SpiffPayouts.Line l : spiffLines) {
            UserView user = spiffUsers.get(l.userId());
            csv.append(l.userId()).append(',').append(escape(user == null ? "" : user.displayName())).append(',')
                    .append(l.period()).append(',').append(l.plan()).append(',').append(escape(l.component()))
                    .append(',').append(l.earned().toPlainString()).append(',').append(l.adjustments().toPlainString())
                    .append(',').append(l.payable().toPlainString()).append(',').append(l.currency())
                    .append(',').append(l.state()).append('\n');
        }
        return csv.toString();
    }

    /** RFC 4180 quoting, and a leading quote for cells a spreadsheet would run as a formula. */
    static String escape(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
