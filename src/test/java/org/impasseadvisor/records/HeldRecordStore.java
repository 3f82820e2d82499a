package org.impasseadvisor.records;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Alternative;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The record store, whose batch writes can be held at the start of their transaction: a writer caught
 * committing, for as long as a test likes. Enabled by {@link FeedbackWhileQueuedTest}'s profile only.
 */
@Alternative
@Singleton
public class HeldRecordStore extends RecordStore {

    private static volatile CountDownLatch entered = new CountDownLatch(0);
    private static volatile CountDownLatch released = new CountDownLatch(0);

    public HeldRecordStore(DataSource dataSource) {
        super(dataSource);
    }

    /** Holds the next batch write until {@link #release()}. */
    static void hold() {
        entered = new CountDownLatch(1);
        released = new CountDownLatch(1);
    }

    /** Waits until a held batch write has started; false when none started within the time given. */
    static boolean awaitHeldWrite(long seconds) throws InterruptedException {
        return entered.await(seconds, TimeUnit.SECONDS);
    }

    static void release() {
        released.countDown();
    }

    @Override
    @Transactional
    public void write(List<PendingRecord> records) {
        entered.countDown();
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        super.write(records);
    }
}
