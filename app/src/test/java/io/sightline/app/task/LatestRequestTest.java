package io.sightline.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestRequestTest {
    private final QueuedTaskExecutor tasks = new QueuedTaskExecutor();
    private final LatestRequest latest = new LatestRequest(tasks);
    private final List<String> delivered = new ArrayList<>();

    private BackgroundTask<String> answer(String value) {
        return BackgroundTask.of(() -> value)
                .onSuccess(delivered::add)
                .onFinished(() -> delivered.add("finished " + value));
    }

    @Test
    void onlyTheNewestOfOverlappingRequestsIsDelivered() {
        TaskHandle first = latest.submit(answer("first"));
        TaskHandle second = latest.submit(answer("second"));

        tasks.runAll();

        assertThat(delivered).containsExactly("second", "finished second");
        assertThat(first.isCancelled()).isTrue();
        assertThat(second.isCancelled()).isFalse();
        assertThat(second.isDone()).isTrue();
    }

    @Test
    void anOlderAnswerArrivingLastIsStillDropped() {
        latest.submit(answer("first"));
        tasks.runAll();
        latest.submit(answer("second"));
        TaskHandle third = latest.submit(answer("third"));

        tasks.runAll();

        assertThat(delivered).containsExactly("first", "finished first", "third", "finished third");
        assertThat(third.cancel()).as("already delivered").isFalse();
    }

    @Test
    void cancellingDropsThePendingRequestAndLeavesNothingPending() {
        latest.submit(answer("only"));
        assertThat(latest.isPending()).isTrue();

        latest.cancel();
        tasks.runAll();

        assertThat(delivered).isEmpty();
        assertThat(latest.isPending()).isFalse();
    }

    @Test
    void aCancelledFailureIsNotReportedEither() {
        List<Throwable> failures = new ArrayList<>();
        latest.submit(BackgroundTask.of(() -> {
            throw new IllegalStateException("late");
        }).onFailure(failures::add));
        latest.submit(answer("newer"));

        tasks.runAll();

        assertThat(failures).isEmpty();
        assertThat(delivered).containsExactly("newer", "finished newer");
    }

    @Test
    void aTaskCancelledBeforeItStartsDoesNoWork() {
        List<String> worked = new ArrayList<>();
        TaskHandle handle = tasks.execute(BackgroundTask.run(() -> worked.add("ran")));

        handle.cancel();
        tasks.runAll();

        assertThat(worked).isEmpty();
        assertThat(handle.isDone()).isTrue();
    }

    @Test
    void theCurrentThreadExecutorHandsBackADeliveredHandle() {
        TaskHandle handle = new CurrentThreadTaskExecutor().execute(answer("now"));

        assertThat(delivered).containsExactly("now", "finished now");
        assertThat(handle.isDone()).isTrue();
        assertThat(handle.isCancelled()).isFalse();
    }
}
