package io.sightline.engine.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.JobState;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.Training;
import io.sightline.engine.api.TrainingJob;
import java.util.List;

/**
 * Training jobs: {@code sightline_training_jobs_started_total}, {@code sightline_training_jobs_finished_total}
 * by final state (heard from the platform's events, whoever started the job), and the
 * {@code sightline_training_jobs_active} gauge of queued and running jobs, read from the platform when scraped.
 */
public final class TrainingMetrics implements AutoCloseable {
    private final MeterRegistry registry;
    private final Counter started;
    private final EventSubscription finished;

    public TrainingMetrics(MeterRegistry registry, Training training, Events events) {
        this.registry = registry;
        this.started = Counter.builder("sightline.training.jobs.started").description("Training jobs started")
                .register(registry);
        for (JobState state : List.of(JobState.QUEUED, JobState.RUNNING)) {
            Gauge.builder("sightline.training.jobs.active", training, t -> count(t, state))
                    .description("Training jobs queued or running").tag("state", state.name()).register(registry);
        }
        this.finished = events.subscribe(events.latestEventId(), this::heard);
    }

    public void started() {
        started.increment();
    }

    private void heard(PlatformEvent event) {
        if (event instanceof PlatformEvent.TrainingFinished done) {
            Counter.builder("sightline.training.jobs.finished").description("Training jobs finished, by final state")
                    .tag("state", done.state().name()).register(registry).increment();
        }
    }

    private static double count(Training training, JobState state) {
        try {
            return training.trainingJobs().stream().map(TrainingJob::state).filter(state::equals).count();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    @Override
    public void close() {
        finished.close();
    }
}
