package org.dostap.web.http.optimize;

import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.dostap.web.http.error.ErrorJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Background optimization runs: one worker thread (the machine is shared), at most {@link #QUEUE} runs waiting
 * (more: 503), the last {@link #KEPT} jobs kept for their status. Progress is the time used of the run's time
 * limit, the engine reporting none. Cancelling interrupts the worker and discards the result; the engine has no
 * cancellation hook, so a run already inside the solver keeps the worker until its own time limit.
 */
public final class OptimizationJobs implements AutoCloseable {
    static final int QUEUE = 4;
    static final int KEPT = 50;
    private static final Logger LOG = LoggerFactory.getLogger(OptimizationJobs.class);
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE), r -> {
                Thread t = new Thread(r, "dostap-optimize");
                t.setDaemon(true);
                return t;
            });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    /** What a client sees of a job. {@code progress} 0..1 is the share of the time limit used while running. */
    public record Status(String id, String status, double elapsedSeconds, double timeLimitSeconds, double progress,
                         Object result, ErrorJson error) { }

    private static final class Job {
        final String id = UUID.randomUUID().toString().substring(0, 12);
        final long created = System.nanoTime();
        final double timeLimitSeconds;
        volatile String status = "queued";
        volatile long started;
        volatile long finished;
        volatile Object result;
        volatile ErrorJson error;
        volatile Future<?> future;

        Job(double timeLimitSeconds) { this.timeLimitSeconds = timeLimitSeconds; }

        boolean done() { return !status.equals("queued") && !status.equals("running"); }
    }

    /** Queues {@code work}. @throws PlanningException UNAVAILABLE when the queue is full */
    public Status submit(Supplier<Object> work, double timeLimitSeconds) {
        evictOld();
        Job job = new Job(timeLimitSeconds);
        jobs.put(job.id, job);
        try {
            job.future = executor.submit(() -> run(job, work));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id);
            throw new PlanningException(ErrorCode.UNAVAILABLE, "The optimizer is busy (" + QUEUE
                    + " runs waiting). Try again in a minute, or cancel a run you no longer need.");
        }
        return status(job);
    }

    public Status status(String id) { return status(find(id)); }

    /** Cancels a queued or running job (its result is discarded); a finished job is left as it is. */
    public Status cancel(String id) {
        Job job = find(id);
        synchronized (job) {
            if (!job.done()) {
                job.status = "cancelled";
                job.finished = System.nanoTime();
                if (job.future != null) job.future.cancel(true);
            }
        }
        return status(job);
    }

    private void run(Job job, Supplier<Object> work) {
        synchronized (job) {
            if (job.done()) return;
            job.status = "running";
            job.started = System.nanoTime();
        }
        Object result = null;
        ErrorJson error = null;
        try {
            result = work.get();
        } catch (PlanningException e) {
            error = ErrorJson.of(e);
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Optimization job {} failed (reference {})", job.id, reference, e);
            error = ErrorJson.of("internal", "The optimization failed on the server (reference " + reference
                    + "). Nothing was changed. Please try again; if it persists, tell the operator the reference.");
        }
        synchronized (job) {
            if (job.done()) return; // cancelled meanwhile: discard
            job.result = result;
            job.error = error;
            job.finished = System.nanoTime();
            job.status = error == null ? "done" : "failed";
        }
    }

    private Job find(String id) {
        Job job = jobs.get(id);
        if (job == null) throw PlanningException.notFound("No optimization job with id '" + id
                + "' (finished jobs are kept for the last " + KEPT + " runs).");
        return job;
    }

    private static Status status(Job job) {
        synchronized (job) {
            long now = System.nanoTime();
            double elapsed = job.started == 0 ? 0 : ((job.finished == 0 ? now : job.finished) - job.started) / 1e9;
            double progress = job.status.equals("done") ? 1 : job.status.equals("running")
                    ? Math.min(0.99, elapsed / job.timeLimitSeconds) : 0;
            return new Status(job.id, job.status, Math.round(elapsed * 10) / 10.0, job.timeLimitSeconds,
                    Math.round(progress * 100) / 100.0, job.result, job.error);
        }
    }

    private void evictOld() {
        if (jobs.size() < KEPT) return;
        Job oldest = null;
        for (Iterator<Job> it = jobs.values().iterator(); it.hasNext(); ) {
            Job j = it.next();
            if (j.done() && (oldest == null || j.created < oldest.created)) oldest = j;
        }
        if (oldest != null) jobs.remove(oldest.id);
    }

    @Override
    public void close() { executor.shutdownNow(); }
}
