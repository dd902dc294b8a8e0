package org.dostap.web.http.work;

import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one place heavy work runs (country coverage, catchments, optimization, mobile plans, exports): a few worker
 * threads of its own (never Jetty's), a bounded queue, and admission by estimated memory: work is admitted while the
 * estimated bytes of everything admitted (queued and running) stay within {@link Limits#budgetBytes()}, a share of the
 * heap. Beyond that, or with the queue full, {@link #submit} refuses at once with {@link Busy} (HTTP 503 with
 * {@code Retry-After}). Every piece of work has a time limit; past it the caller gets 503 and the worker is interrupted.
 * An {@link OutOfMemoryError} inside the work is caught: one log line with a reference, the caller gets 503 quoting it,
 * and the server keeps serving (the failed work's memory is garbage once it unwinds).
 */
public final class HeavyWork implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HeavyWork.class);
    /** Seconds a refused client is told to wait. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /**
     * Workers, queue length, the memory budget (estimated bytes of admitted work) and the default time limit.
     */
    public record Limits(int workers, int queue, long budgetBytes, Duration timeLimit) {
        public Limits {
            if (workers < 1 || queue < 1 || budgetBytes < 1 || timeLimit.isNegative() || timeLimit.isZero())
                throw new IllegalArgumentException("bad limits: " + workers + " " + queue + " " + budgetBytes + " " + timeLimit);
        }

        /** For this JVM: up to 2 workers (the machine is shared), 16 waiting, 40 % of the maximum heap, 120 s. */
        public static Limits forThisJvm() {
            return forHeap(Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors());
        }

        public static Limits forHeap(long maxHeapBytes, int processors) {
            return new Limits(Math.max(1, Math.min(2, processors)), 16, Math.max(16L << 20, maxHeapBytes / 10 * 4),
                    Duration.ofSeconds(120));
        }
    }

    /** Refused at admission: too much work admitted already, or the queue is full. HTTP 503 with Retry-After. */
    public static final class Busy extends PlanningException {
        public Busy(String message) { super(ErrorCode.UNAVAILABLE, message); }
    }

    private final Limits limits;
    private final java.util.Set<Thread> workers = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor executor;
    private final ScheduledExecutorService timer;
    private long admittedBytes; // guarded by this
    private final java.util.concurrent.atomic.AtomicLong submissions = new java.util.concurrent.atomic.AtomicLong();

    public HeavyWork(Limits limits) {
        this.limits = limits;
        this.executor = new ThreadPoolExecutor(limits.workers(), limits.workers(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(limits.queue()), r -> {
                    Thread t = daemon(r, "dostap-work");
                    workers.add(t);
                    return t;
                });
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "dostap-work-timer"));
    }

    public Limits limits() { return limits; }

    /** Whether the calling thread is one of the workers (work it asks for runs there at once: no queue, no deadlock). */
    public boolean onWorker() { return workers.contains(Thread.currentThread()); }

    /**
     * Runs {@code work} on a worker and waits for it (for work a request's check needs, e.g. loading a region): the
     * calling web server thread only waits. On a worker it runs at once. Its exception is thrown as it is.
     * @throws Busy when it cannot be admitted
     */
    public <T> T await(String what, long estimatedBytes, Callable<T> work) {
        if (onWorker()) {
            try {
                return work.call();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return submit(what, estimatedBytes, work).join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** How many pieces of work were handed to {@link #submit} so far (admitted or refused; not those run at once on a worker). */
    public long submissions() { return submissions.get(); }

    /** Estimated bytes of the work admitted now (queued and running). */
    public synchronized long admittedBytes() { return admittedBytes; }

    /** {@link #submit(String, long, Duration, Callable)} with the default time limit. */
    public <T> CompletableFuture<T> submit(String what, long estimatedBytes, Callable<T> work) {
        return submit(what, estimatedBytes, limits.timeLimit(), work);
    }

    /**
     * Admits and queues {@code work}. The future completes with its result, or exceptionally with the work's own
     * exception, {@link PlanningException} UNAVAILABLE past {@code timeLimit} or after running out of memory.
     *
     * @param what           what the work is, for people ("coverage of BG")
     * @param estimatedBytes the memory it is expected to need at its peak
     * @throws Busy at once when it cannot be admitted
     */
    public <T> CompletableFuture<T> submit(String what, long estimatedBytes, Duration timeLimit, Callable<T> work) {
        long cost = Math.max(1, estimatedBytes);
        submissions.incrementAndGet();
        synchronized (this) {
            if (cost > limits.budgetBytes())
                throw new Busy("This request (" + what + ") needs about " + mb(cost) + " MB, more than this server allows for"
                        + " one piece of work (" + mb(limits.budgetBytes()) + " MB). Ask for less (a smaller region or fewer"
                        + " candidates), or ask the operator to start the server with more memory (-Xmx).");
            if (admittedBytes + cost > limits.budgetBytes())
                throw new Busy("The server is busy (" + what + " must wait for memory; " + mb(admittedBytes) + " of "
                        + mb(limits.budgetBytes()) + " MB in use). Try again in " + RETRY_AFTER_SECONDS + " seconds.");
            admittedBytes += cost;
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        Future<?> running;
        try {
            running = executor.submit(() -> {
                try {
                    if (!answer.isDone()) answer.complete(work.call());
                } catch (OutOfMemoryError e) {
                    answer.completeExceptionally(outOfMemory(what, e));
                } catch (Throwable e) {
                    answer.completeExceptionally(e);
                } finally {
                    release(cost);
                }
            });
        } catch (RejectedExecutionException e) {
            release(cost);
            throw new Busy("The server is busy (" + limits.queue() + " requests waiting). Try again in "
                    + RETRY_AFTER_SECONDS + " seconds.");
        }
        var timeout = timer.schedule(() -> {
            if (answer.completeExceptionally(new PlanningException(ErrorCode.UNAVAILABLE, "The request (" + what
                    + ") took longer than " + timeLimit.toSeconds() + " s and was stopped. Ask for less, or try later.")))
                running.cancel(true);
        }, timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        answer.whenComplete((r, e) -> timeout.cancel(false));
        return answer;
    }

    /**
     * What an {@link OutOfMemoryError} in {@code what} becomes: one log line with a reference (no stack trace) and
     * an UNAVAILABLE exception whose message quotes the reference.
     */
    public static PlanningException outOfMemory(String what, OutOfMemoryError e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Out of memory in {} (reference {}): {}; the work was dropped, the server goes on", what, reference, e.getMessage());
        return new PlanningException(ErrorCode.UNAVAILABLE, "The server ran out of memory for this request (" + what
                + ", reference " + reference + "). Nothing was changed. Ask for less, or ask the operator for more memory (-Xmx).");
    }

    private synchronized void release(long cost) { admittedBytes -= cost; }

    private static long mb(long bytes) { return Math.max(1, Math.round(bytes / 1048576.0)); }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        timer.shutdownNow();
    }
}
