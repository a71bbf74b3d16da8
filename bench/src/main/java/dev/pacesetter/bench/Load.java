package dev.pacesetter.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Drives HTTP requests from a number of threads, either back to back (closed loop: the maximum
 * throughput) or on a fixed schedule (open loop: latency at a given rate, measured from when each
 * request was due, so a stall is not hidden by the sender waiting for it).
 */
final class Load {
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Figures of one run. */
    record Run(long requests, long failures, double seconds, Latencies latencies) {
        double perSecond() {
            return requests / seconds;
        }
    }

    private Load() {
    }

    /**
     * Each of {@code threads} threads sends requests back to back for {@code seconds} (after
     * {@code warmupSeconds} unmeasured); {@code request} gets a per-thread running number.
     */
    static Run closed(int threads, double warmupSeconds, double seconds, IntFunction<HttpRequest> request,
                      Predicate<HttpResponse<String>> ok) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmupSeconds * 1e9);
        long end = measureFrom + (long) (seconds * 1e9);
        AtomicLong failures = new AtomicLong();
        AtomicLong done = new AtomicLong();
        List<Latencies> parts = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Latencies mine = new Latencies();
            parts.add(mine);
            int offset = t << 20;
            workers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; ; i++) {
                    long sent = System.nanoTime();
                    if (sent >= end) {
                        return;
                    }
                    boolean good = send(request.apply(offset + i), ok);
                    long received = System.nanoTime();
                    if (sent >= measureFrom && received <= end) {
                        mine.record(received - sent);
                        done.incrementAndGet();
                        if (!good) {
                            failures.incrementAndGet();
                        }
                    }
                }
            }));
        }
        for (Thread w : workers) {
            w.join();
        }
        return new Run(done.get(), failures.get(), seconds, Latencies.merge(parts));
    }

    /** Sends {@code rate} requests a second for {@code seconds}, spread over {@code threads} threads. */
    static Run open(int threads, double rate, double seconds, IntFunction<HttpRequest> request,
                    Predicate<HttpResponse<String>> ok) throws InterruptedException {
        long total = (long) (rate * seconds);
        double interval = 1e9 / rate;
        long start = System.nanoTime() + 50_000_000L;
        AtomicLong failures = new AtomicLong();
        List<Latencies> parts = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Latencies mine = new Latencies();
            parts.add(mine);
            int first = t;
            workers.add(Thread.ofPlatform().start(() -> {
                for (long i = first; i < total; i += threads) {
                    long due = start + (long) (i * interval);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    if (!send(request.apply((int) i), ok)) {
                        failures.incrementAndGet();
                    }
                    mine.record(System.nanoTime() - due);
                }
            }));
        }
        for (Thread w : workers) {
            w.join();
        }
        double took = (System.nanoTime() - start) / 1e9;
        return new Run(total, failures.get(), took, Latencies.merge(parts));
    }

    private static boolean send(HttpRequest request, Predicate<HttpResponse<String>> ok) {
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(request, (n, v) -> true)
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            boolean good = ok.test(response);
            if (!good && FAILURES_SHOWN.getAndIncrement() < 3) {
                System.err.println("unexpected response " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(300, response.body().length())));
            }
            return good;
        } catch (Exception e) {
            if (FAILURES_SHOWN.getAndIncrement() < 3) {
                System.err.println("request failed: " + e);
            }
            return false;
        }
    }

    private static final AtomicLong FAILURES_SHOWN = new AtomicLong();
}
