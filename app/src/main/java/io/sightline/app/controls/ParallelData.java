package io.sightline.app.controls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What {@link ParallelCoordinates} draws: the axes' names and one line per record. */
public record ParallelData(List<String> axes, List<Line> lines) {
    public static final ParallelData EMPTY = new ParallelData(List.of(), List.of());

    /** One record: its label and its value on each axis, in the axes' order (null where it has none). */
    public record Line(String label, List<Double> values) {
        public Line {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    public ParallelData {
        axes = List.copyOf(axes);
        lines = List.copyOf(lines);
    }
}
