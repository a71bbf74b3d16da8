package dev.pacesetter.nudges;

import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** {@link NudgeOutbox#enqueueAll} leaves exactly what enqueueing the same nudges one by one leaves. */
class BulkEnqueueIT {

    private final NudgeOutbox outbox = CDI.current().select(NudgeOutbox.class).get();

    /** A nudge for rep {@code rep} of an organisation; every one collapsible, so none is due (or dispatched) during the test. */
    private record Spec(int rep, String rival, String collapseKey, String dedupeKey) {
        NudgeOutbox.Nudge of(TestOrg org) {
            return new NudgeOutbox.Nudge(org.org.id(), org.reps.get(rep).id(), NudgeKind.OVERTAKEN,
                    Map.of("rivalName", rival, "contestName", "Revenue", "rank", "2", "gap", "1", "contestId", "r"),
                    collapseKey, dedupeKey);
        }
    }

    /** What a row says, with its recipient as the rep's index so two organisations compare. */
    private record Seen(int rep, String state, String reason, String collapseKey, String dedupeKey, String variables) {
    }

    private static final List<Spec> BEFORE = List.of(
            new Spec(0, "Ann", "overtaken:revenue", "overtaken:7:1"),
            new Spec(2, "Ann", "overtaken:revenue", "overtaken:7:2"));

    private static final List<Spec> BATCH = List.of(
            new Spec(0, "Bo", "overtaken:revenue", "overtaken:8:1"),
            new Spec(0, "Cy", "overtaken:revenue", "overtaken:8:2"),
            new Spec(1, "Bo", "overtaken:revenue", "overtaken:8:1"),
            new Spec(1, "Bo", "overtaken:revenue", "overtaken:8:1"), // the same dedupe key twice in one call
            new Spec(2, "Di", "overtaken:revenue", "overtaken:7:2"), // a dedupe key used before the call
            new Spec(2, "Ed", "other:key", null),
            new Spec(0, "Fay", "overtaken:revenue", null));

    @Test
    void aBulkEnqueueEndsLikeOneByOne() {
        TestOrg one = TestOrg.create(3);
        TestOrg bulk = TestOrg.create(3);
        BEFORE.forEach(s -> outbox.enqueue(s.of(one)));
        BEFORE.forEach(s -> outbox.enqueue(s.of(bulk)));

        List<Long> oneIds = BATCH.stream().map(s -> outbox.enqueue(s.of(one))).toList();
        List<Long> bulkIds = outbox.enqueueAll(BATCH.stream().map(s -> s.of(bulk)).toList());

        assertEquals(seen(one), seen(bulk));
        assertEquals(sameAs(oneIds), sameAs(bulkIds), "the same answers repeat the same ids");
        assertEquals(bulkIds.get(2), bulkIds.get(3), "a dedupe key repeated in the call answers the first row");
        assertNotEquals(bulkIds.get(0), bulkIds.get(1));
        // Per recipient and collapse key, the newest pending row survives; a deduplicated nudge adds no row.
        assertEquals(List.of("2 overtaken:revenue overtaken:7:2", "1 overtaken:revenue overtaken:8:1",
                        "2 other:key null", "0 overtaken:revenue null"),
                seen(bulk).stream().filter(s -> s.state().equals("QUEUED"))
                        .map(s -> s.rep() + " " + s.collapseKey() + " " + s.dedupeKey()).toList());
    }

    @Test
    void anEmptyBulkEnqueueWritesNothing() {
        assertEquals(List.of(), outbox.enqueueAll(List.of()));
    }

    /** Every row of the organisation, oldest first. */
    private List<Seen> seen(TestOrg org) {
        Function<Long, Integer> rep = id -> {
            for (int i = 0; i < org.reps.size(); i++) {
                if (org.reps.get(i).id() == id) {
                    return i;
                }
            }
            return -1;
        };
        List<OutboxRow> rows = new ArrayList<>(outbox.deliveries(org.org.id(), null, null, Long.MAX_VALUE, 100));
        rows.sort(Comparator.comparing((OutboxRow r) -> r.id));
        return rows.stream().map(r -> new Seen(rep.apply(r.userId), r.state, r.reason, r.collapseKey, r.dedupeKey,
                r.variables)).toList();
    }

    /** For each position, the first position with the same id: how ids repeat, whatever their values. */
    private static List<Integer> sameAs(List<Long> ids) {
        return ids.stream().map(ids::indexOf).toList();
    }
}
