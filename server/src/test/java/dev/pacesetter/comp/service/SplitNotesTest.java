package dev.pacesetter.comp.service;

import dev.pacesetter.comp.Activity;
import dev.pacesetter.comp.ActivityKind;
import dev.pacesetter.comp.Attribution;
import dev.pacesetter.comp.ItemRef;
import dev.pacesetter.comp.Money;
import dev.pacesetter.comp.Split;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SplitNotesTest {
    // 2026-10-10 16:00 UTC
    private static final Instant AT = Instant.parse("2026-10-10T16:00:00Z");
    private static final Attribution SPLIT = Attribution.split("1", Split.of("1", "60"), Split.of("2", "33.5"),
            Split.of("3", "6.5"));
    private static final Map<Long, String> NAMES = Map.of(1L, "Ava", 2L, "Ben", 3L, "Cy");

    private static Activity deal(ItemRef ref, String amount, Attribution who) {
        return new Activity(ref, ActivityKind.dealWon("Platform", false), Money.of(amount, "USD"), who);
    }

    @Test
    void aSplitDealIsNamedWithEveryPartnersShare() {
        List<Activity> items = List.of(deal(ItemRef.of(10, AT), "100000.00", SPLIT),
                deal(ItemRef.of(11, AT), "5000.00", Attribution.owner("2")));
        assertEquals(Set.of(1L, 3L), SplitNotes.partners(2, items));
        assertEquals("Split credit: 33.5% of deal #10 USD 100,000.00 split with Ava (#1) 60%, Cy (#3) 6.5%.",
                SplitNotes.explanation(2, items, NAMES));
    }

    @Test
    void anAmendedDealShowsItsNetAndAReversedOneDisappears() {
        List<Activity> items = List.of(deal(ItemRef.of(10, AT), "100000.00", SPLIT),
                deal(ItemRef.amendmentOf(10, 12, AT), "-20000.00", SPLIT),
                deal(ItemRef.of(13, AT), "700.00", SPLIT),
                deal(ItemRef.reversalOf(13, 14, AT), "-700.00", SPLIT));
        // 100,000.00 - 20,000.00 = 80,000.00; deal 13 nets 0
        assertEquals("Split credit: 60% of deal #10 USD 80,000.00 split with Ben (#2) 33.5%, Cy (#3) 6.5%.",
                SplitNotes.explanation(1, items, NAMES));
    }

    @Test
    void noSplitNoSentence() {
        List<Activity> items = List.of(deal(ItemRef.of(11, AT), "5000.00", Attribution.owner("2")));
        assertEquals(Set.of(), SplitNotes.partners(2, items));
        assertEquals("", SplitNotes.explanation(2, items, NAMES));
    }
}
