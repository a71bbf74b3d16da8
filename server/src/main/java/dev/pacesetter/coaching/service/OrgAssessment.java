package dev.pacesetter.coaching.service;

import dev.pacesetter.coaching.RepGaps;
import dev.pacesetter.coaching.RepSignals;
import dev.pacesetter.identity.UserView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One organisation's reps assessed at one instant: signals, ratings blended, gaps ranked. Each rep is
 * placed among the organisation's reps of the same sales role.
 *
 * @param asOf    the instant the signal windows end at
 * @param today   the organisation's local day, the blend's assessment day
 * @param reps    the reps assessed, by id
 * @param signals each rep's signal readings
 * @param gaps    each rep's standings and ranked gaps
 */
record OrgAssessment(Instant asOf, LocalDate today, Map<Long, UserView> reps, Map<Long, RepSignals> signals,
                     Map<Long, RepGaps> gaps) {

    OrgAssessment {
        reps = Map.copyOf(reps);
        signals = Map.copyOf(signals);
        gaps = Map.copyOf(gaps);
    }
}
