package io.sightline.simulator.release;

import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.ModelRef;
import io.sightline.simulator.setup.HistoryTraining;
import io.sightline.simulator.stream.HistoryFile;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * How a challenger is learnt: from a recent history in which the new ring is at work, as {@code lesson} says (its
 * model the deployment's, so that the challenger is the model's next version). The challenger release and the
 * challenger flow train it the same way.
 */
public record ChallengerTraining(HistoryFile recent, HistoryTraining.Lesson lesson) {

    /** The sentence said while the challenger to version {@code champion} is trained. */
    public String announcement(int champion) {
        return String.format(Locale.ROOT, "Training a challenger to v%d on %,d recent orders, the new ring's among"
                + " them…", champion, lesson.rows());
    }

    /** Imports the recent history and trains the challenger on it, telling {@code progress} how it goes. */
    public ModelRef train(HistoryTraining learning, Consumer<String> progress, BooleanSupplier stopped) {
        DatasetInfo dataset = learning.importHistory(recent, lesson, () -> { });
        return learning.train(dataset, lesson, "the challenger", message -> progress.accept("Training the"
                + " challenger… " + message), stopped);
    }
}
