package org.impasseadvisor.records;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Takes recommendation records off the request path and writes them in batches on its own thread.
 *
 * <p>The queue is bounded. A record that finds it full, or that is still unwritten when a graceful
 * shutdown gives up, is counted in {@code impasse.records.failed} and logged, never dropped silently.
 * Records refused by a full queue are logged as a count at most once a second: an overloaded service
 * has better uses for its time than one log line per request.
 * A failed write is retried with back-off; its records stay claimable meanwhile.
 *
 * <p>Whoever removes a record from {@code pending} owns writing it: the writer thread, or feedback
 * that arrives before the writer got to it ({@link #claim}).
 */
@ApplicationScoped
public class RecordQueue {

    private static final Logger LOG = Logger.getLogger(RecordQueue.class);
    private static final long MAX_BACKOFF_MILLIS = 5_000;
    private static final long QUEUE_FULL_LOG_INTERVAL_NANOS = 1_000_000_000L;
    private static final long GATHER_NAP_MILLIS = 10;

    private final RecordStore store;
    private final RecordSchema schema;
    private final RecordsConfig config;
    private final Map<UUID, PendingRecord> pending = new ConcurrentHashMap<>();
    private final BlockingQueue<UUID> order;
    private final Counter written;
    private final Counter queueFull;
    private final Counter unwrittenAtShutdown;
    private final AtomicLong queueFullUnlogged = new AtomicLong();
    private final AtomicLong queueFullLogDue = new AtomicLong(System.nanoTime());
    private volatile boolean accepting = true;
    private volatile boolean running = true;
    private Thread writer;

    public RecordQueue(RecordStore store, RecordSchema schema, RecordsConfig config, MeterRegistry registry) {
        this.store = store;
        this.schema = schema;
        this.config = config;
        this.order = new ArrayBlockingQueue<>(config.queueCapacity());
        this.written = Counter.builder("impasse.records.written")
                .description("Recommendation records written to the database").register(registry);
        this.queueFull = Counter.builder("impasse.records.failed").tag("reason", "queue_full")
                .description("Recommendation records that could not be written").register(registry);
        this.unwrittenAtShutdown = Counter.builder("impasse.records.failed").tag("reason", "shutdown")
                .description("Recommendation records that could not be written").register(registry);
        registry.gauge("impasse.records.queued", pending, Map::size);
    }

    void start(@Observes StartupEvent event) {
        writer = new Thread(this::writeLoop, "recommendation-record-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues a record without waiting; never throws. */
    public void submit(PendingRecord record) {
        if (!accepting) {
            unwrittenAtShutdown.increment();
            LOG.warnf("Recommendation record %s not written: the service is shutting down", record.id());
            return;
        }
        pending.put(record.id(), record);
        if (!order.offer(record.id())) {
            pending.remove(record.id());
            refusedByFullQueue();
        } else if (!accepting && pending.remove(record.id()) != null) {
            // the writer stopped while this record was being queued
            unwrittenAtShutdown.increment();
            LOG.warnf("Recommendation record %s not written: the service is shutting down", record.id());
        }
    }

    /** Takes a queued record out of the queue so that the caller writes it; null when it is not queued. */
    public PendingRecord claim(UUID id) {
        return pending.remove(id);
    }

    /**
     * The card row a queued record will write for this CDS Hooks card (its recommendation and strategy), or null
     * when no queued record has the card.
     */
    public RecommendationCard queuedCard(UUID cardId) {
        for (PendingRecord record : pending.values()) {
            for (PendingRecord.Returned returned : record.strategies()) {
                if (cardId.equals(returned.cardId())) {
                    RecommendationCard card = new RecommendationCard();
                    card.cardId = cardId;
                    card.recommendationId = record.id();
                    card.strategyId = returned.strategyId();
                    return card;
                }
            }
        }
        return null;
    }

    /** Gives back a claimed record the caller could not write, so the writer tries again. */
    public void release(PendingRecord record) {
        pending.put(record.id(), record);
        if (!order.offer(record.id())) {
            pending.remove(record.id());
            refusedByFullQueue();
        }
    }

    private void refusedByFullQueue() {
        queueFull.increment();
        queueFullUnlogged.incrementAndGet();
        logQueueFull(false);
    }

    /** Logs how many records a full queue refused since the last such line; unless forced, at most once a second. */
    private void logQueueFull(boolean force) {
        if (queueFullUnlogged.get() == 0) {
            return;
        }
        long now = System.nanoTime();
        long due = queueFullLogDue.get();
        if (force || now - due >= 0 && queueFullLogDue.compareAndSet(due, now + QUEUE_FULL_LOG_INTERVAL_NANOS)) {
            long refused = queueFullUnlogged.getAndSet(0);
            if (refused > 0) {
                LOG.warnf("%d recommendation records not written: the write queue was full (%d)", refused,
                        config.queueCapacity());
            }
        }
    }

    /** Records waiting to be written. */
    public int queued() {
        return pending.size();
    }

    /** Writes what is queued, within the shutdown timeout; counts and logs whatever is left. */
    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (writer != null) {
            try {
                writer.join(config.shutdownTimeout().toMillis() + 1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        accepting = false;
        logQueueFull(true);
        int left = 0;
        for (UUID id : List.copyOf(pending.keySet())) {
            if (pending.remove(id) != null) {
                left++;
            }
        }
        if (left > 0) {
            unwrittenAtShutdown.increment(left);
            LOG.errorf("%d recommendation records were not written before shutdown", left);
        }
    }

    private void writeLoop() {
        try {
            schema.ensureCurrent();
        } catch (RecordStoreException e) {
            // logged by RecordSchema; retried before each write
        }
        long deadline = Long.MAX_VALUE;
        long backoff = 100;
        List<PendingRecord> retry = new ArrayList<>();
        while (true) {
            if (!running && deadline == Long.MAX_VALUE) {
                deadline = System.nanoTime() + config.shutdownTimeout().toNanos();
            }
            if (!running && (pending.isEmpty() && retry.isEmpty() || System.nanoTime() > deadline)) {
                break;
            }
            logQueueFull(false);
            List<PendingRecord> batch = retry.isEmpty() ? nextBatch() : reclaim(retry);
            retry = new ArrayList<>();
            if (batch.isEmpty()) {
                continue;
            }
            try {
                schema.ensureCurrent();
                if (backoff > 100) {
                    store.writeMissing(batch);
                } else {
                    store.write(batch);
                }
                written.increment(batch.size());
                backoff = 100;
            } catch (RuntimeException e) {
                LOG.warnf("Writing %d recommendation records failed (%s); retrying in %d ms", batch.size(),
                        e.getClass().getSimpleName(), backoff);
                batch.forEach(record -> pending.put(record.id(), record));
                retry = batch;
                sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        }
    }

    /**
     * Waits up to the flush interval for a first record, then gathers more until the batch is full or the
     * first has waited the flush interval. Each commit costs H2 a chunk written to its file, so under load
     * fewer, fuller batches keep the writer's CPU to a fraction of the answers' (group commit); while a
     * graceful shutdown drains the queue, nothing waits.
     */
    private List<PendingRecord> nextBatch() {
        List<UUID> ids = new ArrayList<>(config.batchSize());
        try {
            UUID first = order.poll(config.flushInterval().toMillis(), TimeUnit.MILLISECONDS);
            if (first == null) {
                return List.of();
            }
            long due = System.nanoTime() + config.flushInterval().toNanos();
            ids.add(first);
            order.drainTo(ids, config.batchSize() - 1);
            while (running && ids.size() < config.batchSize() && due - System.nanoTime() > 0) {
                // naps rather than a wake-up per record: that cost the writer a fifth of its time under load
                Thread.sleep(Math.max(1, Math.min(GATHER_NAP_MILLIS, (due - System.nanoTime()) / 1_000_000)));
                order.drainTo(ids, config.batchSize() - ids.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false; // what was gathered is still written, below
        }
        List<PendingRecord> batch = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            PendingRecord record = pending.remove(id);
            if (record != null) {
                batch.add(record);
            }
        }
        return batch;
    }

    /** Re-claims the records of a failed batch that feedback has not written in the meantime. */
    private List<PendingRecord> reclaim(List<PendingRecord> failed) {
        List<PendingRecord> batch = new ArrayList<>(failed.size());
        for (PendingRecord record : failed) {
            if (pending.remove(record.id()) != null) {
                batch.add(record);
            }
        }
        return batch;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
