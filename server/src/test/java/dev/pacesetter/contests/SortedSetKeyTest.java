package dev.pacesetter.contests;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SortedSetKeyTest {

    /** Redis's order of a sorted set: by score ascending, then by member bytes (memcmp). */
    private static final Comparator<Entry> REDIS = Comparator
            .comparingDouble((Entry e) -> SortedSetKey.score(e.score()))
            .thenComparing(e -> SortedSetKey.member(e).getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned);

    @Provide
    static Arbitrary<Entry> anyEntry() {
        Arbitrary<String> ids = Arbitraries.strings().withChars('a', 'z', 'A', '0', '9', ':', 'é', '\uFF5A')
                .withCharRange('\uD83D', '\uD83D').ofMinLength(1).ofMaxLength(6)
                .map(s -> s.replace("\uD83D", "\uD83D\uDE00"));
        Arbitrary<Long> scores = Arbitraries.oneOf(Arbitraries.longs().between(-3, 3),
                Arbitraries.longs().between(-ScoreScale.MAX_SCORE, ScoreScale.MAX_SCORE),
                Arbitraries.of(ScoreScale.MAX_SCORE, -ScoreScale.MAX_SCORE, ScoreScale.MAX_SCORE - 1));
        Arbitrary<Instant> instants = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 3).map(Entries::minute),
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
                        .map(Instant::ofEpochSecond),
                Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(1_741_000_000L, n)),
                Arbitraries.of(Instant.MIN, Instant.MAX));
        Arbitrary<Long> positions = Arbitraries.oneOf(Arbitraries.longs().between(0, 3),
                Arbitraries.longs().between(0, Long.MAX_VALUE));
        return Combinators.combine(ids, scores, instants, positions)
                .as((id, score, at, position) -> new Entry(id, score, new ReachedAt(at, position)));
    }

    @Property
    void redisOrdersScoreAndMemberExactlyAsTheStandingOrder(@ForAll("anyEntry") Entry a, @ForAll("anyEntry") Entry b) {
        assertEquals(Integer.signum(StandingOrder.ORDER.compare(a, b)), Integer.signum(REDIS.compare(a, b)));
    }

    @Property
    void aSortedSetListsAFieldInStandingOrder(@ForAll("fields") List<Entry> field) {
        List<Entry> redis = new ArrayList<>(field);
        redis.sort(REDIS);
        assertEquals(Standings.rank(field, TieRule.STANDARD_COMPETITION).entries(), redis);
    }

    @Provide
    static Arbitrary<List<Entry>> fields() {
        return StandingsTest.fields();
    }

    @Property
    void theEntrantIdComesBackFromTheMember(@ForAll("anyEntry") Entry entry) {
        assertEquals(entry.entrantId(), SortedSetKey.entrantId(SortedSetKey.member(entry)));
    }

    @Test
    void theScoreIsNegatedSoAscendingIsBestFirstAndZeroIsPlainZero() {
        assertEquals(-1500.0, SortedSetKey.score(1500));
        assertEquals(0, Double.compare(0.0, SortedSetKey.score(0)));
        assertEquals("-1500", SortedSetKey.scoreArgument(1500));
        assertEquals("-9007199254740992", SortedSetKey.scoreArgument(ScoreScale.MAX_SCORE));
    }

    @ParameterizedTest(name = "{0} is beyond the exact range")
    @ValueSource(longs = {(1L << 53) + 1, -(1L << 53) - 1, Long.MAX_VALUE, Long.MIN_VALUE})
    void scoresADoubleCannotHoldExactlyAreRefused(long score) {
        assertEquals("score", assertThrows(ContestRuleException.class, () -> SortedSetKey.score(score)).field());
    }

    @Test
    void theMemberIsFixedWidthBeforeTheId() {
        Entry entry = new Entry("ann", 3, new ReachedAt(Instant.parse("2025-03-10T09:00:00.5Z"), 42));
        // 2025-03-10 10:00:00.5 Berlin; seconds 0x67ceaa10 with the sign bit flipped, 0.5 s, position 42
        assertEquals("8000000067ceaa101dcd6500800000000000002a:ann", SortedSetKey.member(entry));
    }

    @ParameterizedTest(name = "{0} is not a member")
    @ValueSource(strings = {"", "ann", "8000000067ceab101dcd6500800000000000002a:",
            "8000000067ceab101dcd6500800000000000002a-ann"})
    void foreignMembersAreRefused(String member) {
        assertThrows(ContestRuleException.class, () -> SortedSetKey.entrantId(member));
    }
}
