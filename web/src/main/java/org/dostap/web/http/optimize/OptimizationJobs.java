package org.dostap.web.http.optimize;

import com.fasterxml.jackson.annotation.JsonValue;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.optimize.SolveCancelledException;
import org.dostap.engine.optimize.SolveMonitor;
import org.dostap.web.analysis.optimize.OptimizationResult;
import org.dostap.web.http.error.ErrorJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dostap.web.http.work.HeavyWork;

import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Background optimization runs on the server's one heavy-work executor ({@link HeavyWork}: admission by estimated
 * memory, 503 when it is full), at most {@link #QUEUE} runs waiting (more: 503), the last {@link #KEPT} jobs kept for
 * their status. A run still going {@link #GRACE_SECONDS} after its own time limit is stopped and ends {@code failed};
 * one that runs out of memory ends {@code failed} with a reference (one log line), and the server goes on. Each run gets its own {@link SolveMonitor}: the status
 * carries the solver's live progress (phase, best objective, bound, gap) and cancelling asks the solver to stop, which
 * it does within about a second, freeing the worker for the next run.
 */
public final class OptimizationJobs implements AutoCloseable {
    static final int QUEUE = 4;
    static final int KEPT = 50;
    private static final Logger LOG = LoggerFactory.getLogger(OptimizationJobs.class);
    static final int GRACE_SECONDS = 30;
    private final HeavyWork work;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    public OptimizationJobs(HeavyWork work) { this.work = work; }

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
        final String region;
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

        Job(String region, double timeLimitSeconds, Objective objective) {
            this.region = region;
            this.timeLimitSeconds = timeLimitSeconds;
            this.objective = objective;
        }

        boolean done() { return status.finished(); }
    }

    /**
     * Queues {@code solve}, which solves with the monitor it is given, for region {@code region}.
     * @param estimatedBytes its expected peak memory ({@link org.dostap.web.http.work.WorkCost#optimize})
     * @throws PlanningException UNAVAILABLE when the queue or the memory budget is full
     */
    public Status submit(String region, Function<SolveMonitor, OptimizationResult> solve, double timeLimitSeconds,
                         Objective objective, long estimatedBytes) {
        evictOld();
        synchronized (this) {
            if (jobs.values().stream().filter(j -> j.status == JobState.QUEUED).count() >= QUEUE)
                throw new HeavyWork.Busy("The optimizer is busy (" + QUEUE
                        + " runs waiting). Try again in a minute, or cancel a run you no longer need.");
        }
        Job job = new Job(region, timeLimitSeconds, objective);
        jobs.put(job.id, job);
        Duration limit = Duration.ofMillis(Math.round(timeLimitSeconds * 1000) + GRACE_SECONDS * 1000L);
        try {
            CompletableFuture<Void> f = work.submit("optimization in " + region, estimatedBytes, limit, () -> {
                run(job, solve);
                return null;
            });
            job.future = f;
            f.whenComplete((r, e) -> { if (e != null) overrun(job); });
        } catch (PlanningException e) {
            jobs.remove(job.id);
            throw e;
        }
        return status(job);
    }

    /** Past its time limit and the grace: the solver is asked to stop, and the job ends failed. */
    private void overrun(Job job) {
        job.monitor.requestStop();
        synchronized (job) {
            if (job.done()) return;
            job.status = JobState.FAILED;
            job.finished = System.nanoTime();
            job.error = ErrorJson.of("timeout", "The optimization did not stop within " + GRACE_SECONDS
                    + " s after its time limit and was stopped. Try a shorter time limit or fewer candidates.");
        }
        LOG.warn("Optimization job {} overran its time limit of {} s and was stopped", job.id, job.timeLimitSeconds);
    }

    /** The job's status, when it belongs to {@code region} (else 404, as for an unknown id). */
    public Status status(String region, String id) { return status(find(region, id)); }

    /**
     * Cancels a queued or running job of {@code region}: its solver is asked to stop and its result discarded; a
     * finished job stays as it is. A job of another region is not found (404).
     */
    public Status cancel(String region, String id) {
        Job job = find(region, id);
        synchronized (job) {
            if (!job.done()) {
                job.status = JobState.CANCELLED;
                job.finished = System.nanoTime();
                job.cancelled = job.finished;
                if (job.started == 0) job.left = job.finished; // never started: nothing to stop
                // a queued run returns at once when the worker reaches it (run() sees it done)
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
        } catch (OutOfMemoryError e) {
            error = ErrorJson.of(HeavyWork.outOfMemory("optimization job " + job.id, e));
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

    private Job find(String region, String id) {
        Job job = jobs.get(id);
        if (job == null || !job.region.equalsIgnoreCase(region)) throw PlanningException.notFound("No optimization job with id '" + id
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
    }
}
