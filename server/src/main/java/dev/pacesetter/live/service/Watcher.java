package dev.pacesetter.live.service;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One open stream. Writes happen on a short-lived virtual thread, one at a time per stream, so a slow
 * TV never holds up the others and no thread waits on a stream between events. Only the newest
 * pending board is kept: each board is complete, so an older one still waiting is simply replaced.
 */
final class Watcher {
    private static final Logger LOG = Logger.getLogger(Watcher.class.getName());
    private static final long WRITE_SECONDS = 30;

    final long orgId;
    final long contestId;
    final int top;
    /** When a screen token's watch ends; null for a signed-in caller. */
    final Instant until;

    private final SseEventSink sink;
    private final Sse sse;
    private final Executor writer;
    private final AtomicReference<OutboundSseEvent> first;
    private final AtomicReference<OutboundSseEvent> pending = new AtomicReference<>();
    private final AtomicBoolean heartbeat = new AtomicBoolean();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Clock clock;
    private volatile Instant lastWrite;

    Watcher(Stream stream, SseEventSink sink, Sse sse, Executor writer, OutboundSseEvent snapshot, Clock clock) {
        this.orgId = stream.orgId();
        this.contestId = stream.contestId();
        this.top = stream.top();
        this.until = stream.until();
        this.sink = sink;
        this.sse = sse;
        this.writer = writer;
        this.first = new AtomicReference<>(snapshot);
        this.clock = clock;
        this.lastWrite = clock.instant();
    }

    /** What a stream watches, and for how long. */
    record Stream(long orgId, long contestId, int top, Instant until) {
    }

    Sse sse() {
        return sse;
    }

    Instant lastWrite() {
        return lastWrite;
    }

    boolean isClosed() {
        return closed.get() || sink.isClosed();
    }

    /** Queues a board, replacing one not yet written. */
    void offer(OutboundSseEvent board) {
        pending.set(board);
        schedule();
    }

    void heartbeat() {
        heartbeat.set(true);
        schedule();
    }

    void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                sink.close();
            } catch (RuntimeException e) {
                // Already gone: the client hung up first.
            }
        }
    }

    void schedule() {
        if (!closed.get() && draining.compareAndSet(false, true)) {
            writer.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            OutboundSseEvent next = first.getAndSet(null);
            if (next == null) {
                next = pending.getAndSet(null);
            }
            if (next == null && heartbeat.getAndSet(false)) {
                next = sse.newEventBuilder().comment("heartbeat").build();
            }
            if (next == null) {
                draining.set(false);
                boolean more = first.get() != null || pending.get() != null || heartbeat.get();
                if (!more || !draining.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            if (!write(next)) {
                draining.set(false);
                return;
            }
        }
    }

    private boolean write(OutboundSseEvent event) {
        if (isClosed()) {
            close();
            return false;
        }
        try {
            // Bounded: a screen that stops reading is dropped rather than waited on for ever.
            sink.send(event).toCompletableFuture().get(WRITE_SECONDS, TimeUnit.SECONDS);
            lastWrite = clock.instant();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.log(Level.FINE, "A stream of contest " + contestId + " went away", e);
            close();
            return false;
        }
    }
}
