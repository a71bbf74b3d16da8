package dev.pacesetter.bench;

import com.sun.management.ThreadMXBean;
import dev.pacesetter.notifications.DeliveryResult;
import dev.pacesetter.notifications.FcmPushSender;
import dev.pacesetter.notifications.LocalFcm;
import dev.pacesetter.notifications.PushMessage;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Push fan-out: {@code messages} pushes through the real {@link FcmPushSender} (Firebase Admin SDK,
 * {@code sendEach} in batches of 500) to a fake FCM endpoint in another JVM, and the same number of
 * equivalent FCM v1 JSON bodies posted by a trivial {@code java.net.http} client with the SDK's
 * concurrency (the reference). For each: messages/s, bytes allocated by this JVM per message and
 * the peak heap in use (after a GC before the run).
 */
final class FanOut {
    /** The SDK's default number of concurrent sends in {@code sendEach}. */
    static final int CONCURRENCY = 100;
    private static final int BATCH = 500;

    private FanOut() {
    }

    static void run(Path out, URI fake, int messages) throws Exception {
        warmUp(fake);
        Measure ref = measure(() -> reference(fake, messages));
        put(out, "fanout.ref", messages, ref);
        Measure fcm = measure(() -> throughSdk(fake, messages));
        put(out, "fanout.fcm", messages, fcm);
    }

    private static void warmUp(URI fake) throws Exception {
        reference(fake, 2_000);
        throughSdk(fake, 2_000);
    }

    private static void put(Path out, String name, int messages, Measure m) throws java.io.IOException {
        Results.put(out, name, "rate", messages / m.seconds());
        Results.put(out, name, "seconds", m.seconds());
        Results.put(out, name, "alloc-bytes-per-msg", (double) m.allocated() / messages);
        Results.put(out, name, "peak-heap-mb", m.peakHeap() / 1048576.0);
        Results.put(out, name, "failed", m.failed());
    }

    /** What one run cost. */
    record Measure(double seconds, long allocated, long peakHeap, long failed) {
    }

    interface Work {
        long run() throws Exception;
    }

    private static Measure measure(Work work) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getTotalThreadAllocatedBytes();
        long start = System.nanoTime();
        long failed = work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        long allocated = threads.getTotalThreadAllocatedBytes() - allocatedBefore;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measure(seconds, allocated, peak, failed);
    }

    /** Messages like a nudge's: title, body, deep link, collapse key, TTL, a few data keys. */
    private static List<PushMessage> batch(int from, int size) {
        List<PushMessage> out = new ArrayList<>(size);
        for (int i = from; i < from + size; i++) {
            out.add(PushMessage.to("bench-token-" + i).title("Rival " + i + " just passed you")
                    .body("You're now #4 in Revenue 2026-11, 1200.00 USD behind. Time to win it back.")
                    .deepLink(URI.create("pacesetter://contests/42")).category("RANK_CHANGES")
                    .collapseKey("n" + i).ttl(Duration.ofHours(2)).data("nudgeId", Integer.toString(i))
                    .data("kind", "OVERTAKEN").build());
        }
        return out;
    }

    private static long throughSdk(URI fake, int messages) {
        long failed = 0;
        try (FcmPushSender sender = LocalFcm.sender(fake, "bench")) {
            for (int from = 0; from < messages; from += BATCH) {
                // Batches are built as the dispatcher builds them: one outbox batch at a time.
                for (DeliveryResult r : sender.send(batch(from, Math.min(BATCH, messages - from)))) {
                    if (!(r instanceof DeliveryResult.Delivered)) {
                        failed++;
                    }
                }
            }
        }
        return failed;
    }

    /** The same JSON the SDK sends (field for field), posted with the same concurrency. */
    private static long reference(URI fake, int messages) throws Exception {
        URI send = fake.resolve("/v1/projects/bench/messages:send");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Semaphore slots = new Semaphore(CONCURRENCY);
        long failed = 0;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int from = 0; from < messages; from += BATCH) {
                List<Future<Boolean>> sent = new ArrayList<>(BATCH);
                for (int i = from; i < Math.min(from + BATCH, messages); i++) {
                    String body = json(i);
                    slots.acquire();
                    sent.add(pool.submit(() -> {
                        try {
                            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(send)
                                    .header("Content-Type", "application/json; charset=UTF-8")
                                    .header("Authorization", "Bearer " + LocalFcm.ACCESS_TOKEN)
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                    HttpResponse.BodyHandlers.discarding());
                            return r.statusCode() == 200;
                        } finally {
                            slots.release();
                        }
                    }));
                }
                for (Future<Boolean> f : sent) {
                    if (!f.get()) {
                        failed++;
                    }
                }
            }
        }
        client.close();
        return failed;
    }

    private static String json(int i) {
        return """
                {"message":{"token":"bench-token-%1$d","notification":{"title":"Rival %1$d just passed you",\
                "body":"You're now #4 in Revenue 2026-11, 1200.00 USD behind. Time to win it back."},\
                "data":{"deep_link":"pacesetter://contests/42","nudgeId":"%1$d","kind":"OVERTAKEN"},\
                "android":{"collapse_key":"n%1$d","priority":"normal","ttl":"7200s",\
                "notification":{"click_action":"RANK_CHANGES"}},"apns":{"headers":{"apns-push-type":"alert",\
                "apns-priority":"5","apns-expiration":"1790000000","apns-collapse-id":"n%1$d"},\
                "payload":{"aps":{"category":"RANK_CHANGES"}}}}}""".formatted(i);
    }
}
