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
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Takes recommendation records off the request path and writes them in batches on its own thread.
 *
 * <p>The queue is bounded. A record that finds it full, or that is still unwritten when a graceful
 * shutdown gives up, is counted in {@code impasse.records.failed} and logged, never dropped silently.
 * Records refused by a full queue are logged by the writer's thread, as a count at most once a second: an
 * overloaded service has better uses for its time than one log line per request. A failed write is retried
 * with back-off.
 *
 * <p>A record stays {@link #pending} until it is committed, so whoever reads the store after finding a record
 * no longer pending finds it there. Feedback on a pending record writes that record itself if it is absent and
 * then takes it out of the pending ones ({@link #committedElsewhere}); the writer writes only records still
 * pending, and a batch that fails on a key feedback took meanwhile is retried with the records still missing.
 */
@ApplicationScoped
public class RecordQueue {

    private static final Logger LOG = Logger.getLogger(RecordQueue.class);
    private static final long FIRST_BACKOFF_MILLIS = 100;
    private static final long MAX_BACKOFF_MILLIS = 5_000;
    private static final long QUEUE_FULL_LOG_INTERVAL_NANOS = 1_000_000_000L;
    private static final long GATHER_NAP_MILLIS = 10;

    private final RecordStore store;
    private final RecordSchema schema;
    private final RecordsConfig config;
    private final Map<UUID, PendingRecord> pending = new ConcurrentHashMap<>();
    private final Map<UUID, PendingRecord> byCard = new ConcurrentHashMap<>();
    private final BlockingQueue<PendingRecord> order;
    private final Counter written;
    private final Counter queueFull;
    private final Counter unwrittenAtShutdown;
    private final AtomicLong queueFullUnlogged = new AtomicLong();
    private long queueFullLogDue = System.nanoTime();
    private volatile boolean accepting = true;
    private volatile boolean running = true;
    private volatile long drainDeadline;
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
            notWrittenAtShutdown(record);
            return;
        }
        pending.put(record.id(), record);
        forEachCard(record, cardId -> byCard.put(cardId, record));
        if (!order.offer(record)) {
            forget(record);
            queueFull.increment();
            queueFullUnlogged.incrementAndGet();
        } else if (!accepting && forget(record)) {
            // the writer stopped while this record was being queued
            notWrittenAtShutdown(record);
        }
    }

    /** A record submitted and not yet committed by the writer, or null. */
    public PendingRecord pending(UUID id) {
        return pending.get(id);
    }

    /**
     * Says that a pending record was committed by someone else (feedback that could not wait for the writer):
     * it leaves the pending ones and is counted as written, and the writer will not write it again, so that a
     * record purged afterwards is not brought back.
     */
    public void committedElsewhere(PendingRecord record) {
        if (forget(record)) {
            written.increment();
        }
    }

    /**
     * The card row a pending record will write for this CDS Hooks card (its recommendation and strategy), or
     * null when no pending record has the card.
     */
    public RecommendationCard pendingCard(UUID cardId) {
        PendingRecord record = byCard.get(cardId);
        if (record != null) {
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

    /** Records waiting to be written. */
    public int queued() {
        return pending.size();
    }

    /** Writes what is queued, within the shutdown timeout; counts and logs whatever is left. */
    void stop(@Observes ShutdownEvent event) {
        drainDeadline = System.nanoTime() + config.shutdownTimeout().toNanos();
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
        for (PendingRecord record : List.copyOf(pending.values())) {
            if (forget(record)) {
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
        while (running || !order.isEmpty() && !pastDrainDeadline()) {
            logQueueFull(false);
            List<PendingRecord> batch = nextBatch();
            if (!batch.isEmpty()) {
                write(batch);
            }
        }
    }

    /**
     * Writes a batch, retrying with back-off until it is written or a graceful shutdown gives up on it. A
     * first failure is retried at once, writing only what is missing: usually feedback wrote one of the
     * records first, or the commit went through all the same.
     */
    private void write(List<PendingRecord> gathered) {
        long backoff = FIRST_BACKOFF_MILLIS;
        List<PendingRecord> batch = gathered;
        for (boolean first = true; ; first = false) {
            // what feedback committed meanwhile is not written again
            batch = batch.stream().filter(record -> pending.get(record.id()) == record).toList();
            if (batch.isEmpty()) {
                return;
            }
            try {
                schema.ensureCurrent();
                if (first) {
                    store.write(batch);
                } else {
                    store.writeMissing(batch);
                }
                // counted by whoever takes it out of the pending ones: here, or feedback that committed it too
                written.increment(batch.stream().filter(this::forget).count());
                return;
            } catch (RuntimeException e) {
                if (first) {
                    continue;
                }
                if (pastDrainDeadline()) {
                    return; // still pending: counted by stop()
                }
                LOG.warnf("Writing %d recommendation records failed (%s); retrying in %d ms", batch.size(),
                        e.getClass().getSimpleName(), backoff);
                logQueueFull(false);
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
        List<PendingRecord> batch = new ArrayList<>(config.batchSize());
        try {
            PendingRecord first = order.poll(config.flushInterval().toMillis(), TimeUnit.MILLISECONDS);
            if (first == null) {
                return batch;
            }
            long due = System.nanoTime() + config.flushInterval().toNanos();
            batch.add(first);
            order.drainTo(batch, config.batchSize() - 1);
            while (running && batch.size() < config.batchSize() && due - System.nanoTime() > 0) {
                // naps rather than a wake-up per record: that cost the writer a fifth of its time under load
                Thread.sleep(Math.max(1, Math.min(GATHER_NAP_MILLIS, (due - System.nanoTime()) / 1_000_000)));
                order.drainTo(batch, config.batchSize() - batch.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            drainDeadline = System.nanoTime();
            running = false; // what was gathered is still tried once; the rest is counted by stop()
        }
        return batch;
    }

    /** Takes a record out of the pending ones; false when it was not there (written, or already counted). */
    private boolean forget(PendingRecord record) {
        forEachCard(record, byCard::remove);
        return pending.remove(record.id()) != null;
    }

    private static void forEachCard(PendingRecord record, Consumer<UUID> action) {
        for (PendingRecord.Returned returned : record.strategies()) {
            if (returned.cardId() != null) {
                action.accept(returned.cardId());
            }
        }
    }

    private boolean pastDrainDeadline() {
        return !running && System.nanoTime() - drainDeadline > 0;
    }

    private void notWrittenAtShutdown(PendingRecord record) {
        unwrittenAtShutdown.increment();
        LOG.warnf("Recommendation record %s not written: the service is shutting down", record.id());
    }

    /** Logs how many records a full queue refused since the last such line; unless forced, at most once a second. */
    private void logQueueFull(boolean force) {
        long now = System.nanoTime();
        if (queueFullUnlogged.get() == 0 || !force && now - queueFullLogDue < 0) {
            return;
        }
        queueFullLogDue = now + QUEUE_FULL_LOG_INTERVAL_NANOS;
        LOG.warnf("%d recommendation records not written: the write queue was full (%d)",
                queueFullUnlogged.getAndSet(0), config.queueCapacity());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
