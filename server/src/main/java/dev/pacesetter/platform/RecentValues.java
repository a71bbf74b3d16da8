package dev.pacesetter.platform;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * Values read from the database a moment ago, by id, for hot read paths. A value counts for at most
 * the time to live. {@link #changed} makes every value of that id read before it count as absent,
 * including one whose load was still running when the change was made: a load records the id's
 * generation before it reads ({@link #generation}) and a kept value counts only while that generation
 * is current. Callers call {@link #changed} when a change is made and again when its transaction ends,
 * so neither a value read before the change nor one read inside the uncommitted change is kept.
 * Bounded: past the size limit everything is forgotten and read again.
 *
 * @param <V> what is kept
 */
public final class RecentValues<V> {
    /** Generations are kept per stripe of ids: a change to one id also forgets its stripe-mates (harmless). */
    private static final int STRIPES = 1024;

    private record Held<V>(V value, long until, long generation, AtomicBoolean refreshing) {
    }

    private final ConcurrentHashMap<Long, Held<V>> held = new ConcurrentHashMap<>();
    private final AtomicLongArray generations = new AtomicLongArray(STRIPES);
    private final long ttlNanos;
    private final int maxSize;
    private final LongSupplier nanoTime;

    /**
     * @param ttl      how long a value counts
     * @param maxSize  how many values are kept at most
     * @param nanoTime a monotonic clock ({@code System::nanoTime}; tests pass their own)
     */
    public RecentValues(Duration ttl, int maxSize, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.maxSize = maxSize;
        this.nanoTime = nanoTime;
    }

    /** Read before loading the value of {@code id}; pass it to {@link #keep}. */
    public long generation(long id) {
        return generations.get(stripe(id));
    }

    /** The value of {@code id} loaded under its current generation and not yet expired, else null. */
    public V get(long id) {
        Held<V> h = held.get(id);
        if (h == null) {
            return null;
        }
        if (h.generation != generations.get(stripe(id)) || nanoTime.getAsLong() - h.until > 0) {
            held.remove(id, h);
            return null;
        }
        return h.value;
    }

    /** Keeps a value of {@code id} loaded after {@link #generation} returned {@code generation}. */
    public void keep(long id, V value, long generation) {
        if (held.size() >= maxSize) {
            held.clear();
        }
        held.put(id, new Held<>(value, nanoTime.getAsLong() + ttlNanos, generation, new AtomicBoolean()));
    }

    /**
     * The value of {@code id}, loaded when absent, changed or expired; {@code load} answers null for
     * nothing (never kept). When the kept value merely expired (no change since), one caller reloads it
     * while the others go on with the expired one for as long as that load takes, so the readers of a
     * hot id do not all reload it at the same moment. A changed value is never served.
     */
    public V get(long id, LongFunction<V> load) {
        long generation = generations.get(stripe(id));
        Held<V> h = held.get(id);
        if (h != null && h.generation == generation) {
            if (nanoTime.getAsLong() - h.until <= 0 || !h.refreshing.compareAndSet(false, true)) {
                return h.value;
            }
        }
        boolean kept = false;
        try {
            V value = load.apply(id);
            if (value != null) {
                keep(id, value, generation);
                kept = true;
            }
            return value;
        } finally {
            if (!kept && h != null) {
                h.refreshing.set(false);
            }
        }
    }

    /** {@code id} changed: nothing of it read so far counts any more. */
    public void changed(long id) {
        generations.incrementAndGet(stripe(id));
        held.remove(id);
    }

    private static int stripe(long id) {
        return (int) (id ^ (id >>> 32)) & (STRIPES - 1);
    }
}
