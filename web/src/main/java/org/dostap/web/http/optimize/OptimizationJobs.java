package org.dostap.web.http.optimize;

import com.fasterxml.jackson.annotation.JsonValue;
import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.optimize.SolveCancelledException;
import org.dostap.engine.optimize.SolveMonitor;
import org.dostap.web.analysis.optimize.OptimizationResult;
import org.dostap.web.http.error.ErrorJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Background optimization runs: one worker thread (the machine is shared), at most {@link #QUEUE} runs waiting
 * (more: 503), the last {@link #KEPT} jobs kept for their status. Each run gets its own {@link SolveMonitor}: the status
 * carries the solver's live progress (phase, best objective, bound, gap) and cancelling asks the solver to stop, which
 * it does within about a second, freeing the worker for the next run.
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

    /**
     * What the solver reports while it runs: phase, objective of the best solution found, the proven bound (lower when
     * minimizing, upper when maximizing), their relative gap (null while unknown), in the job's {@link Objective} unit.
     */
    public record SolverProgress(String phase, String sense, Double incumbent, Double bound, Double gap) { }

    /**
     * What a client sees of a job. {@code timeFraction} 0..1 is the share of the time limit used (1 when done);
     * {@code objective} how the solver's numbers read (fixed at submission, the same unit as the result's
     * {@code objective_unit}); {@code solver} the solver's own progress; {@code stopSeconds} how long a cancelled run
     * took to leave the worker (null while it has not yet).
     */
    public record Status(String id, JobState status, double elapsedSeconds, double timeLimitSeconds, double timeFraction,
                         Objective objective, SolverProgress solver, Double stopSeconds, OptimizationResult result, ErrorJson error) { }

    /** Where a job is: waiting for the worker, solving, finished with a result, failed with an error, or cancelled. */
    public enum JobState {
        QUEUED, RUNNING, DONE, FAILED, CANCELLED;

        @JsonValue
        public String external() { return name().toLowerCase(Locale.ROOT); }

        boolean finished() { return this != QUEUED && this != RUNNING; }
    }

    /**
     * How the job's objective reads: unit and total population, fixed at submission ({@code population}: p-median
     * objectives divided by it are average times).
     */
    public record Objective(String unit, long population) { }

    private static final class Job {
        final String id = UUID.randomUUID().toString().substring(0, 12);
        final long created = System.nanoTime();
        final double timeLimitSeconds;
        final Objective objective;
        final SolveMonitor monitor = new SolveMonitor();
        volatile JobState status = JobState.QUEUED;
        volatile long started;
        volatile long finished;
        volatile long cancelled;
        volatile long left;     // when the worker let go of the run
        volatile OptimizationResult result;
        volatile ErrorJson error;
        volatile Future<?> future;

        Job(double timeLimitSeconds, Objective objective) {
            this.timeLimitSeconds = timeLimitSeconds;
            this.objective = objective;
        }

        boolean done() { return status.finished(); }
    }

    /** Queues {@code work}, which solves with the monitor it is given. @throws PlanningException UNAVAILABLE when the queue is full */
    public Status submit(Function<SolveMonitor, OptimizationResult> work, double timeLimitSeconds, Objective objective) {
        evictOld();
        Job job = new Job(timeLimitSeconds, objective);
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

    /** Cancels a queued or running job: its solver is asked to stop and its result discarded; a finished job stays as it is. */
    public Status cancel(String id) {
        Job job = find(id);
        synchronized (job) {
            if (!job.done()) {
                job.status = JobState.CANCELLED;
                job.finished = System.nanoTime();
                job.cancelled = job.finished;
                if (job.started == 0) job.left = job.finished; // never started: nothing to stop
                if (job.future != null) job.future.cancel(false); // a queued run never starts
            }
        }
        job.monitor.requestStop();
        return status(job);
    }

    private void run(Job job, Function<SolveMonitor, OptimizationResult> work) {
        synchronized (job) {
            if (job.done()) return;
            job.status = JobState.RUNNING;
            job.started = System.nanoTime();
        }
        OptimizationResult result = null;
        ErrorJson error = null;
        try {
            result = work.apply(job.monitor);
        } catch (SolveCancelledException e) {
            LOG.debug("Optimization job {} stopped", job.id);
        } catch (PlanningException e) {
            error = ErrorJson.of(e);
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Optimization job {} failed (reference {})", job.id, reference, e);
            error = ErrorJson.of("internal", "The optimization failed on the server (reference " + reference
                    + "). Nothing was changed. Please try again; if it persists, tell the operator the reference.");
        }
        synchronized (job) {
            job.left = System.nanoTime();
            if (job.done()) return; // cancelled meanwhile: discard
            job.result = result;
            job.error = error;
            job.finished = job.left;
            job.status = error == null ? JobState.DONE : JobState.FAILED;
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
            double fraction = job.status == JobState.DONE ? 1 : job.status == JobState.RUNNING
                    ? Math.min(0.99, elapsed / job.timeLimitSeconds) : 0;
            Double stop = job.cancelled == 0 || job.left == 0 ? null : round(Math.max(0, job.left - job.cancelled) / 1e9, 100);
            return new Status(job.id, job.status, round(elapsed, 10), job.timeLimitSeconds, round(fraction, 100),
                    job.objective, job.started == 0 ? null : progress(job), stop, job.result, job.error);
        }
    }

    private static SolverProgress progress(Job job) {
        SolveMonitor.Progress p = job.monitor.progress();
        return new SolverProgress(p.phase(), p.maximize() ? "maximize" : "minimize", finite(p.incumbent()), finite(p.bound()),
                finite(p.gap()));
    }

    private static Double finite(double v) { return Double.isFinite(v) ? v : null; }

    private static double round(double v, double per) { return Math.round(v * per) / per; }

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
    public void close() {
        jobs.values().forEach(j -> j.monitor.requestStop());
        executor.shutdownNow();
    }
}
