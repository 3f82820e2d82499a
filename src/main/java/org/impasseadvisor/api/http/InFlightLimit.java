package org.impasseadvisor.api.http;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * At most {@code maxInFlight} requests served at once; up to {@code queueSize} more wait, paused with their
 * bodies unread, in arrival order, and are served as requests in flight end; a request that finds the queue
 * full, or waits longer than the timeout, is shed. A waiting request costs a paused connection and a queue
 * entry: no thread, and its body is not parsed.
 *
 * <p>Written here rather than taken from a library (Netflix concurrency-limits, the load-shedding
 * extension) because the waiting must happen on Vert.x's terms: the request paused on its event loop and
 * resumed on the same one, with no thread blocked.
 */
final class InFlightLimit {

    private record Waiter(RoutingContext request, Context loop, long since) {
    }

    private final int maxInFlight;
    private final int queueSize;
    private final long timeoutNanos;
    private final Consumer<RoutingContext> shed;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();
    private final Queue<Waiter> queue = new ConcurrentLinkedQueue<>();
    private final Handler<AsyncResult<Void>> release = ended -> {
        inFlight.decrementAndGet();
        drain();
    };

    /**
     * @param keys the configuration prefix of the two sizes, named when they are out of range
     * @param shed answers a request that is refused; called on the request's event loop
     */
    InFlightLimit(String keys, int maxInFlight, int queueSize, long timeoutNanos, Consumer<RoutingContext> shed) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException(keys + "max-in-flight must be at least 1, not " + maxInFlight);
        }
        if (queueSize < 0) {
            throw new IllegalArgumentException(keys + "queue-size must not be negative, not " + queueSize);
        }
        this.maxInFlight = maxInFlight;
        this.queueSize = queueSize;
        this.timeoutNanos = timeoutNanos;
        this.shed = shed;
    }

    /** Serves, queues or sheds the request; called on its event loop, from the route handler. */
    void offer(RoutingContext request) {
        if (waiting.get() == 0 && tryAcquire()) { // nobody is waiting: no one to overtake
            serve(request);
            return;
        }
        if (waiting.incrementAndGet() > queueSize) {
            waiting.decrementAndGet();
            shed.accept(request);
            return;
        }
        request.request().pause(); // its body stays in the socket until it is served
        queue.add(new Waiter(request, Vertx.currentContext(), System.nanoTime()));
        drain(); // a request may have ended between tryAcquire and add, with nobody to wake
    }

    /** Sheds the requests that have waited longer than the timeout; called every fraction of it. */
    void expire() {
        long now = System.nanoTime();
        for (Waiter head = queue.peek(); head != null && now - head.since > timeoutNanos; head = queue.peek()) {
            if (queue.remove(head)) { // not taken by drain meanwhile
                waiting.decrementAndGet();
                RoutingContext expired = head.request;
                head.loop.runOnContext(ignored -> shedWaiting(expired));
            }
        }
    }

    private void shedWaiting(RoutingContext request) {
        if (!request.response().closed()) {
            shed.accept(request);
        }
    }

    int inFlight() {
        return inFlight.get();
    }

    int waiting() {
        return waiting.get();
    }

    private void drain() {
        while (!queue.isEmpty() && tryAcquire()) {
            Waiter next = queue.poll();
            if (next == null) { // taken by another drain or by expire
                inFlight.decrementAndGet();
                return; // whoever queued after this poll drains for itself
            }
            waiting.decrementAndGet();
            next.loop.runOnContext(ignored -> resume(next.request));
        }
    }

    /** On the request's event loop, so its connection cannot close between the check and the end handler. */
    private void resume(RoutingContext request) {
        if (request.response().closed()) { // the client gave up while waiting
            inFlight.decrementAndGet();
            drain();
            return;
        }
        request.request().resume(); // buffered body chunks are delivered on a later turn, after next() set the readers
        serve(request);
    }

    private void serve(RoutingContext request) {
        request.addEndHandler(release); // called once: when the answer ends or the connection closes
        request.next();
    }

    private boolean tryAcquire() {
        for (int current = inFlight.get(); current < maxInFlight; current = inFlight.get()) {
            if (inFlight.compareAndSet(current, current + 1)) {
                return true;
            }
        }
        return false;
    }
}
