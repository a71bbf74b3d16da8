package dev.pacesetter.activity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pacesetter.client.ApiResponse;
import dev.pacesetter.client.api.ActivitiesApi;
import dev.pacesetter.client.model.Activity;
import dev.pacesetter.client.model.ActivityBatch;
import dev.pacesetter.client.model.ActivityInput;
import dev.pacesetter.client.model.ActivityRef;
import dev.pacesetter.client.model.ActivityResult;
import dev.pacesetter.client.model.BatchResult;
import dev.pacesetter.client.model.Correction;
import dev.pacesetter.client.model.ItemStatus;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.Role;
import dev.pacesetter.testing.Problems;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ledger through the generated client, against the shared server and real database. */
class LedgerIT {
    private static final OffsetDateTime WHEN = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
    private static TestOrg org;
    private static ActivitiesApi crm;
    private static UserView rep;

    @BeforeAll
    static void setUp() {
        org = TestOrg.create(3);
        crm = new ActivitiesApi(org.client(org.integration));
        rep = org.reps.getFirst();
    }

    private static ActivityInput deal(String externalId, String amount) {
        return new ActivityInput().source("salesforce").externalId(externalId).type("DEAL_WON").userId(rep.id())
                .occurredAt(WHEN).amount(amount).currency("USD")
                .product("Platform").dealId("opp-" + externalId);
    }

    private static long head() {
        return CDI.current().select(LedgerReader.class).get().head(org.org.id());
    }

    @Test
    void aResendReturnsTheOriginalAndWritesNothing() throws Exception {
        ActivityInput input = deal(UUID.randomUUID().toString(), "1200.00");
        ApiResponse<Activity> first = crm.ingestActivityWithHttpInfo(input);
        long headAfterFirst = head();
        ApiResponse<Activity> again = crm.ingestActivityWithHttpInfo(input);
        assertEquals(201, first.getStatusCode());
        assertEquals(200, again.getStatusCode());
        assertEquals(first.getData().getId(), again.getData().getId());
        assertEquals("1200.00", again.getData().getAmount());
        assertEquals(headAfterFirst, head(), "a resend must not append");
    }

    @Test
    void reusingAnExternalIdForOtherContentIsAConflict() throws Exception {
        String id = UUID.randomUUID().toString();
        crm.ingestActivity(deal(id, "500.00"));
        Problems.expect(409, () -> crm.ingestActivity(deal(id, "501.00")));
    }

    @Test
    void correctionsAmendThenReverseAndAreRecordedAsNewEntries() throws Exception {
        String id = UUID.randomUUID().toString();
        Activity original = crm.ingestActivity(deal(id, "1000.00"));
        Activity amended = crm.ingestActivity(deal(id + "-amend", "800.00").correction(Correction.AMENDMENT)
                .corrects(new ActivityRef().source("salesforce").externalId(id)));
        assertEquals(original.getId(), amended.getCorrectsId());
        assertEquals("-200.00", amended.getAmountDelta());
        assertEquals(0, amended.getCountDelta());
        assertEquals(original.getCreditedAt(), amended.getCreditedAt(), "a correction counts where its original did");

        Activity reversed = crm.ingestActivity(deal(id + "-unwon", null).currency(null).correction(Correction.REVERSAL)
                .corrects(new ActivityRef().source("salesforce").externalId(id)));
        assertEquals(-1, reversed.getCountDelta());
        assertEquals("-800.00", reversed.getAmountDelta(), "a reversal undoes the amended amount");
        assertEquals(-50, reversed.getPointsDelta());

        JsonNode twice = Problems.expect(422, () -> crm.ingestActivity(deal(id + "-unwon-again", null).currency(null)
                .correction(Correction.REVERSAL).corrects(new ActivityRef().source("salesforce").externalId(id))));
        assertTrue(Problems.names(twice, "corrects", null), twice::toString);
        JsonNode missing = Problems.expect(422, () -> crm.ingestActivity(deal(id + "-x", "1.00")
                .correction(Correction.AMENDMENT).corrects(new ActivityRef().source("salesforce").externalId("nope"))));
        assertTrue(Problems.names(missing, "corrects", null));
    }

    @Test
    void aBatchStoresTheGoodItemsAndReportsEachBadOneByIndex() throws Exception {
        String run = UUID.randomUUID().toString();
        List<ActivityInput> items = new ArrayList<>();
        items.add(deal(run + "-0", "10.00"));
        items.add(deal(run + "-1", "-3"));                                  // bad amount
        items.add(deal(run + "-2", "10.00").userId(999_999_999L));          // no such user
        items.add(deal(run + "-0", "10.00"));                               // same as item 0
        items.add(deal(run + "-3", "10.00").type("TELEPATHY"));             // unknown type
        items.add(deal(run + "-4", "20.00"));
        long before = head();
        BatchResult result = crm.ingestActivities(new ActivityBatch().activities(items), null);
        assertEquals(2, result.getCreated());
        assertEquals(1, result.getDuplicates());
        assertEquals(3, result.getRejected());
        assertEquals(List.of(ItemStatus.CREATED, ItemStatus.REJECTED, ItemStatus.REJECTED, ItemStatus.DUPLICATE,
                ItemStatus.REJECTED, ItemStatus.CREATED), result.getResults().stream().map(r -> r.getStatus()).toList());
        assertEquals("amount", result.getResults().get(1).getErrors().getFirst().getField());
        assertEquals(1, result.getResults().get(1).getErrors().getFirst().getIndex());
        assertEquals("userId", result.getResults().get(2).getErrors().getFirst().getField());
        assertEquals("type", result.getResults().get(4).getErrors().getFirst().getField());
        assertEquals(result.getResults().get(0).getActivity().getId(), result.getResults().get(3).getActivity().getId());
        assertEquals(before + 2, head(), "positions stay gap-free");
    }

    @Test
    void returnMinimalAnswersWithIdsAndPositionsInsteadOfTheActivities() throws Exception {
        String run = UUID.randomUUID().toString();
        List<ActivityInput> items = List.of(deal(run + "-0", "10.00"), deal(run + "-1", "-3"),
                deal(run + "-0", "10.00"), deal(run + "-2", "20.00"));
        long before = head();
        ApiResponse<BatchResult> answer = crm.ingestActivitiesWithHttpInfo(new ActivityBatch().activities(items),
                "handling=lenient, return=minimal");
        assertEquals(List.of("return=minimal"), answer.getHeaders().get("preference-applied"));
        BatchResult result = answer.getData();
        assertEquals(List.of(2, 1, 1), List.of(result.getCreated(), result.getDuplicates(), result.getRejected()));
        List<ActivityResult> r = result.getResults();
        assertTrue(r.stream().allMatch(x -> x.getActivity() == null), r::toString);
        assertEquals(List.of(before + 1, before + 2), List.of(r.get(0).getPosition(), r.get(3).getPosition()));
        assertEquals(r.get(0).getActivityId(), r.get(2).getActivityId(), "the duplicate names the stored one");
        assertEquals("amount", r.get(1).getErrors().getFirst().getField());
        assertEquals(null, r.get(1).getActivityId());
        Activity stored = new ActivitiesApi(org.client(org.admin)).getActivity(r.get(3).getActivityId());
        assertEquals(r.get(3).getPosition(), stored.getPosition());

        ApiResponse<BatchResult> full = crm.ingestActivitiesWithHttpInfo(new ActivityBatch().activities(items), null);
        assertEquals(null, full.getHeaders().get("preference-applied"));
        assertEquals(r.get(0).getActivityId(), full.getData().getResults().get(0).getActivity().getId());
    }

    @Test
    void anAtomicBatchWithOneBadItemStoresNothing() throws Exception {
        String run = UUID.randomUUID().toString();
        long before = head();
        JsonNode problem = Problems.expect(422, () -> crm.ingestActivities(new ActivityBatch().atomic(true)
                .activities(List.of(deal(run + "-a", "5.00"), deal(run + "-b", "5.00").currency("EUR"))), null));
        assertTrue(Problems.names(problem, "currency", 1), problem::toString);
        assertEquals(before, head());
        // the good item was not stored: sending it alone creates it
        assertEquals(201, crm.ingestActivityWithHttpInfo(deal(run + "-a", "5.00")).getStatusCode());
    }

    @Test
    void aBatchCanCorrectAnActivityItCreatesItself() throws Exception {
        String id = UUID.randomUUID().toString();
        BatchResult result = crm.ingestActivities(new ActivityBatch().activities(List.of(
                deal(id, "300.00"),
                deal(id + "-fix", "250.00").correction(Correction.AMENDMENT)
                        .corrects(new ActivityRef().source("salesforce").externalId(id)))), null);
        assertEquals(2, result.getCreated());
        assertEquals("-50.00", result.getResults().get(1).getActivity().getAmountDelta());
    }

    @Test
    void twoFullBatchesAtOnceGetDistinctIdsAndGapFreePositions() throws Exception {
        // Each batch needs twenty blocks of ids and the head lock; they must not share an id, a
        // position, or leave a hole between them, whichever commits first.
        String prefix = UUID.randomUUID().toString();
        List<java.util.concurrent.Callable<BatchResult>> sends = new ArrayList<>();
        for (int b = 0; b < 2; b++) {
            List<ActivityInput> items = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                items.add(deal(prefix + "-" + b + "-" + i, "1.00"));
            }
            sends.add(() -> crm.ingestActivities(new ActivityBatch().activities(items), null));
        }
        long before = head();
        List<Activity> stored = new ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            for (var future : pool.invokeAll(sends)) {
                BatchResult result = future.get();
                assertEquals(1000, result.getCreated());
                result.getResults().forEach(r -> stored.add(r.getActivity()));
            }
        }
        assertEquals(before + 2000, head());
        assertEquals(java.util.stream.LongStream.rangeClosed(before + 1, before + 2000).boxed().toList(),
                stored.stream().map(Activity::getPosition).sorted().toList());
        assertEquals(2000, stored.stream().map(Activity::getId).distinct().count());
    }

    @Test
    void aLargeBatchOfResendsAndNewItemsAnswersEachItemByItsOwnKey() throws Exception {
        // More keys than one lookup statement used to take, half of them stored already.
        String run = UUID.randomUUID().toString();
        List<ActivityInput> first = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            first.add(deal(run + "-" + i, "1.00"));
        }
        BatchResult stored = crm.ingestActivities(new ActivityBatch().activities(first), null);
        assertEquals(600, stored.getCreated());
        List<ActivityInput> second = new ArrayList<>();
        for (int i = 300; i < 900; i++) {
            second.add(deal(run + "-" + i, i == 450 ? "2.00" : "1.00"));
        }
        long before = head();
        BatchResult again = crm.ingestActivities(new ActivityBatch().activities(second), null);
        assertEquals(299, again.getDuplicates());
        assertEquals(1, again.getRejected(), "item 450 reuses its key for other content");
        assertEquals(300, again.getCreated());
        for (int i = 0; i < 300; i++) {
            if (i != 150) {
                assertEquals(stored.getResults().get(i + 300).getActivity().getId(),
                        again.getResults().get(i).getActivity().getId(), "a resend answers the stored entry");
            }
        }
        assertEquals(before + 300, head(), "positions stay gap-free");
    }

    @Test
    void aDeactivatedRepsActivityIsRejectedByIndex() throws Exception {
        dev.pacesetter.client.api.IdentityApi admin = new dev.pacesetter.client.api.IdentityApi(org.client(org.admin));
        dev.pacesetter.client.model.User temp = admin.createUser(new dev.pacesetter.client.model.NewUser().email("gone." + UUID.randomUUID() + "@example.com")
                .displayName("Gone").roles(List.of(dev.pacesetter.client.model.Role.REP)), null);
        admin.updateUser(temp.getId(), new dev.pacesetter.client.model.UserUpdate().active(false));
        String run = UUID.randomUUID().toString();
        BatchResult result = crm.ingestActivities(new ActivityBatch().activities(List.of(
                deal(run + "-a", "1.00"), deal(run + "-b", "1.00").userId(temp.getId()))), null);
        assertEquals(List.of(ItemStatus.CREATED, ItemStatus.REJECTED),
                result.getResults().stream().map(r -> r.getStatus()).toList());
        assertEquals("userId", result.getResults().get(1).getErrors().getFirst().getField());
    }

    @Test
    void aPositionRangeIsReadOldestFirstWithBothEndsAsAsked() throws Exception {
        String run = UUID.randomUUID().toString();
        crm.ingestActivities(new ActivityBatch().activities(List.of(deal(run + "-1", "1.00"), deal(run + "-2", "1.00"),
                deal(run + "-3", "1.00"), deal(run + "-4", "1.00"))), null);
        long head = head();
        LedgerReader reader = CDI.current().select(LedgerReader.class).get();
        assertEquals(List.of(head - 2, head - 1, head), reader.range(org.org.id(), head - 3, head).stream()
                .map(LedgerEntry::position).toList());
        assertEquals(List.of(run + "-3", run + "-4"), reader.range(org.org.id(), head - 2, head).stream()
                .map(LedgerEntry::externalId).toList());
        assertEquals(List.of(), reader.range(org.org.id(), head, head + 10));
    }

    @Test
    void batchesAreLimitedToAThousand() {
        List<ActivityInput> items = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            items.add(deal("big-" + i, "1.00"));
        }
        Problems.expect(413, () -> crm.ingestActivities(new ActivityBatch().activities(items), null));
    }

    @Test
    void onlyIntegrationsAndAdminsMayIngest() throws Exception {
        ActivitiesApi asRep = new ActivitiesApi(org.client(rep));
        Problems.expect(403, () -> asRep.ingestActivity(deal(UUID.randomUUID().toString(), "1.00")));
        ActivitiesApi asAdmin = new ActivitiesApi(org.client(org.admin));
        assertEquals(201, asAdmin.ingestActivityWithHttpInfo(deal(UUID.randomUUID().toString(), "1.00")).getStatusCode());
    }

    @Test
    void repsSeeTheirOwnActivityManagersTheirReportsIntegrationsNone() throws Exception {
        UserView other = org.reps.get(1);
        crm.ingestActivity(deal(UUID.randomUUID().toString(), "42.00").userId(other.id()));
        ActivitiesApi asRep = new ActivitiesApi(org.client(rep));
        assertTrue(asRep.listActivities(null, 200, null, null, null, null).getItems().stream()
                .allMatch(a -> a.getUserId().equals(rep.id())));
        Problems.expect(404, () -> asRep.listActivities(null, 10, other.id(), null, null, null));
        ActivitiesApi asManager = new ActivitiesApi(org.client(org.manager));
        assertTrue(asManager.listActivities(null, 200, null, null, null, null).getItems().stream()
                .anyMatch(a -> a.getUserId().equals(other.id())));
        Problems.expect(403, () -> crm.listActivities(null, 10, null, null, null, null));
    }

    @Test
    void listingsPageNewestFirstWithACursor() throws Exception {
        TestOrg fresh = TestOrg.create(1);
        ActivitiesApi ingest = new ActivitiesApi(fresh.client(fresh.integration));
        UserView who = fresh.reps.getFirst();
        for (int i = 0; i < 5; i++) {
            ingest.ingestActivity(new ActivityInput().source("dialer").externalId("call-" + i).type("CALL_LOGGED")
                    .userId(who.id()).occurredAt(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10 - i)));
        }
        ActivitiesApi reader = new ActivitiesApi(fresh.client(who));
        var first = reader.listActivities(null, 2, null, null, null, null);
        var second = reader.listActivities(first.getNextCursor(), 2, null, null, null, null);
        var third = reader.listActivities(second.getNextCursor(), 2, null, null, null, null);
        assertEquals(List.of("call-4", "call-3"), first.getItems().stream().map(Activity::getExternalId).toList());
        assertEquals(List.of("call-2", "call-1"), second.getItems().stream().map(Activity::getExternalId).toList());
        assertEquals(List.of("call-0"), third.getItems().stream().map(Activity::getExternalId).toList());
        assertNull(third.getNextCursor());
    }

    @Test
    void anotherOrganisationsActivityIsNotFound() throws Exception {
        Activity mine = crm.ingestActivity(deal(UUID.randomUUID().toString(), "9.00"));
        TestOrg stranger = TestOrg.create(1);
        ActivitiesApi theirs = new ActivitiesApi(stranger.client(stranger.admin));
        Problems.expect(404, () -> theirs.getActivity(mine.getId()));
        // and their integration cannot credit our rep
        String token = stranger.token(stranger.integration, EnumSet.of(Role.INTEGRATION));
        BatchResult result = new ActivitiesApi(TestOrg.clientWithToken(token)).ingestActivities(
                new ActivityBatch().activities(List.of(deal(UUID.randomUUID().toString(), "1.00").currency("USD"))), null);
        assertEquals(ItemStatus.REJECTED, result.getResults().getFirst().getStatus());
        assertEquals("userId", result.getResults().getFirst().getErrors().getFirst().getField());
    }

    @Test
    void textIsStoredAsSentWhateverItsCharacters() throws Exception {
        // The PostgreSQL append sends rows in COPY's text format, where tab, newline, return and
        // backslash (and a lone \N) mean something: each must come back exactly as sent.
        String odd = "tab\there, line\nbreak, return\r, back\\slash, \\N, \\., quote ' \" äö ✓ 😀";
        String run = UUID.randomUUID().toString();
        ActivityInput item = deal(run + "\t\\x", "12.34").product(odd).dealId("\\N");
        BatchResult result = crm.ingestActivities(new ActivityBatch().activities(List.of(item)), null);
        assertEquals(ItemStatus.CREATED, result.getResults().getFirst().getStatus(), result::toString);
        Activity stored = new ActivitiesApi(org.client(org.admin))
                .getActivity(result.getResults().getFirst().getActivity().getId());
        assertEquals(run + "\t\\x", stored.getExternalId());
        assertEquals(odd, stored.getProduct());
        assertEquals("\\N", stored.getDealId());
        assertEquals("12.34", stored.getAmount());
        assertEquals(WHEN.toInstant().truncatedTo(java.time.temporal.ChronoUnit.MICROS), stored.getOccurredAt().toInstant());
        // and a resend of it is recognised as the same content
        assertEquals(ItemStatus.DUPLICATE, crm.ingestActivities(new ActivityBatch().activities(List.of(item)), null)
                .getResults().getFirst().getStatus());
    }
}
