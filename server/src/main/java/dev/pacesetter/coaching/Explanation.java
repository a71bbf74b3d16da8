package dev.pacesetter.coaching;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * Why a proficiency is what it is: every input considered, used or not, with its weight and its
 * contribution, so a manager (or the chat-bot) can retrace the number.
 *
 * <p>For each used input: {@code weight = baseWeight × decay}; {@code share = weight / Σ weight};
 * {@code contribution = level × share}; the proficiency is {@code Σ contribution}, rounded to one
 * decimal.
 *
 * @param inputs  every input, used first (largest share first), then the unused ones
 * @param summary one sentence: the result and its main inputs
 */
public record Explanation(List<Input> inputs, String summary) {

    public Explanation {
        inputs = Checks.list(inputs, "inputs");
        Checks.text(summary, "summary");
    }

    /** The inputs that carried weight. */
    public List<Input> used() {
        return inputs.stream().filter(Input::used).toList();
    }

    /**
     * One input to a proficiency.
     *
     * @param source       where it comes from
     * @param label        what it is, e.g. {@code manager rating} or a signal's name
     * @param level        its level 1..5; empty for a KPI that could not be placed
     * @param observedOn   when it was given or measured
     * @param baseWeight   its stated weight before recency (a KPI's share of the KPI weight)
     * @param decay        the recency factor, 0..1; 0 when not used
     * @param share        its normalised share of the result, 0..1; 0 when not used
     * @param contribution {@code level × share}
     * @param note         detail: percentile and peers, or why it was not used
     */
    public record Input(EvidenceSource source, String label, OptionalInt level, LocalDate observedOn,
                        double baseWeight, double decay, double share, double contribution, String note) {

        public Input {
            Checks.present(source, "source");
            Checks.text(label, "label");
            Checks.present(level, "level");
            Checks.present(observedOn, "observedOn");
            Checks.require(share >= 0 && share <= 1 + 1e-9, "share", "must be within 0..1, was " + share);
            Checks.present(note, "note");
        }

        public boolean used() {
            return share > 0;
        }
    }
}
