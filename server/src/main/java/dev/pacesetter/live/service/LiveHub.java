package dev.pacesetter.live.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.pacesetter.api.model.ContestBoard;
import dev.pacesetter.contests.service.ContestBoards;
import dev.pacesetter.contests.service.ContestStandingsChanged;
import dev.pacesetter.contests.service.ContestStepped;
import dev.pacesetter.live.Pacing;
import dev.pacesetter.platform.JsonProvider;
import dev.pacesetter.platform.ProblemException;
import dev.pacesetter.platform.Workers;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Who watches which contest, and what they get. A standings change (or a lifecycle step) only marks
 * the contest dirty — observers run on the projector's thread and must be quick. A ticker pushes each
 * dirty contest at most as often as {@link Pacing} allows: one read of the board per contest, however
 * many screens watch it, then a write per stream on virtual threads. It also sends heartbeats and
 * ends streams whose screen token has expired (the page then reconnects and is told why).
 */
@ApplicationScoped
public class LiveHub {
    private static final Logger LOG = Logger.getLogger(LiveHub.class.getName());
    /** EventSource waits this long before reconnecting after a drop. */
    static final long RETRY_MILLIS = 3000;

    @Inject
    ContestBoards boards;

    @Inject
    Clock clock;

    private final Pacing pacing = Pacing.DEFAULT;
    private final Map<Long, Set<Watcher>> watchers = new ConcurrentHashMap<>();
    private final Set<Long> dirty = ConcurrentHashMap.newKeySet();
    private final Set<Long> pushing = ConcurrentHashMap.newKeySet();
    private final Map<Long, Instant> lastBoard = new ConcurrentHashMap<>();
    private final ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor();
    private ScheduledExecutorService ticker;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        ticker = Workers.daemon("live-screens");
        ticker.scheduleWithFixedDelay(this::tick, 100, 100, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        watchers.values().forEach(set -> set.forEach(Watcher::close));
        writers.shutdownNow();
    }

    void onStandings(@Observes ContestStandingsChanged event) {
        if (watchers.containsKey(event.contestId())) {
            dirty.add(event.contestId());
        }
    }

    void onStep(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContestStepped event) {
        if (watchers.containsKey(event.contestId())) {
            dirty.add(event.contestId());
        }
    }

    /** Starts a stream: its snapshot goes out first, then whatever changes. */
    void watch(Watcher.Stream stream, jakarta.ws.rs.sse.SseEventSink sink, Sse sse, ContestBoard snapshot) {
        Watcher w = new Watcher(stream, sink, sse, writers, event(sse, "snapshot", snapshot), clock);
        // compute, not computeIfAbsent + add: the ticker drops empty sets under the same key lock.
        watchers.compute(stream.contestId(), (id, set) -> {
            Set<Watcher> out = set == null ? ConcurrentHashMap.newKeySet() : set;
            out.add(w);
            return out;
        });
        w.schedule();
    }

    private void tick() {
        try {
            Instant now = clock.instant();
            for (Long contestId : dirty) {
                if (pacing.boardDue(lastBoard.get(contestId), now) && pushing.add(contestId)) {
                    dirty.remove(contestId);
                    lastBoard.put(contestId, now);
                    writers.execute(() -> push(contestId));
                }
            }
            watchers.forEach((contestId, set) -> {
                set.removeIf(w -> {
                    if (w.until != null && !now.isBefore(w.until)) {
                        w.close();
                    }
                    return w.isClosed();
                });
                set.forEach(w -> {
                    if (pacing.heartbeatDue(w.lastWrite(), now)) {
                        w.heartbeat();
                    }
                });
            });
            watchers.keySet().forEach(contestId -> watchers.computeIfPresent(contestId, (id, set) -> {
                if (!set.isEmpty()) {
                    return set;
                }
                lastBoard.remove(id);
                return null;
            }));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Live screens tick failed; next tick retries", e);
        }
    }

    private void push(long contestId) {
        try {
            Set<Watcher> set = watchers.get(contestId);
            if (set == null || set.isEmpty()) {
                return;
            }
            Watcher any = set.iterator().next();
            int top = set.stream().mapToInt(w -> w.top).max().orElse(10);
            ContestBoard board = boards.forScreen(any.orgId, contestId, top);
            Map<Integer, OutboundSseEvent> byTop = new HashMap<>();
            for (Watcher w : set) {
                w.offer(byTop.computeIfAbsent(w.top, n -> event(w.sse(), "standings", trimmed(board, n))));
            }
        } catch (ProblemException e) {
            if (e.status() == 404) {
                watchers.getOrDefault(contestId, Set.of()).forEach(Watcher::close);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read contest " + contestId + " for its screens; will retry", e);
            dirty.add(contestId);
        } finally {
            pushing.remove(contestId);
        }
    }

    /** The board with only the first {@code top} entrants (teams are few and always sent whole). */
    static ContestBoard trimmed(ContestBoard board, int top) {
        var standings = board.getStandings();
        if (standings.getEntries().size() <= top) {
            return board;
        }
        String json = json(board);
        try {
            ContestBoard copy = JsonProvider.mapper().readValue(json, ContestBoard.class);
            copy.getStandings().entries(copy.getStandings().getEntries().subList(0, top));
            return copy;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a board does not read back", e);
        }
    }

    static OutboundSseEvent event(Sse sse, String name, ContestBoard board) {
        return sse.newEventBuilder().name(name).id(Long.toString(board.getCheckpoint()))
                .reconnectDelay(RETRY_MILLIS).mediaType(MediaType.TEXT_PLAIN_TYPE).data(String.class, json(board))
                .build();
    }

    private static String json(ContestBoard board) {
        try {
            return JsonProvider.mapper().writeValueAsString(board);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a board", e);
        }
    }
}
