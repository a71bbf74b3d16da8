package dev.pacesetter.spiffs.service;

import dev.pacesetter.api.model.SpiffAward;
import dev.pacesetter.api.model.SpiffAwardStatus;
import dev.pacesetter.api.model.SpiffAwardStep;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Award rows as the API and the audit trail show them. */
final class AwardViews {

    private AwardViews() {
    }

    static SpiffAward toApi(SpiffAwardRow row, String programName, List<SpiffAwardStepRow> steps) {
        Currency currency = Currency.getInstance(row.currency);
        SpiffAward out = new SpiffAward().id(row.id).spiffId(row.programId).spiffName(programName).userId(row.userId)
                .sourceActivityId(row.sourceId).qualifiedAt(row.qualifiedAt)
                .amount(SpiffCodec.wire(row.amount, currency)).clawback(SpiffCodec.wire(row.clawback, currency))
                .payable(SpiffCodec.wire(row.amount.subtract(row.clawback), currency)).currency(row.currency)
                .status(SpiffAwardStatus.valueOf(row.status)).reduced(row.reduced).explanation(row.explanation);
        if (steps != null) {
            out.history(steps.stream().map(s -> new SpiffAwardStep().status(SpiffAwardStatus.valueOf(s.status))
                    .actorId(s.actorId).at(s.at).note(s.note)).toList());
        }
        return out;
    }

    /** The audited state of an award. */
    static Map<String, Object> snapshot(SpiffAwardRow row) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", row.status);
        out.put("amount", row.amount == null ? null : row.amount.toPlainString());
        out.put("clawback", row.clawback == null ? null : row.clawback.toPlainString());
        out.put("currency", row.currency);
        return out;
    }
}
