package io.sightline.app.fakes;

import io.sightline.engine.api.ExperimentSummary;
import io.sightline.engine.api.MetricStep;
import io.sightline.engine.api.RunFields;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.RunPage;
import io.sightline.engine.api.RunScatter;
import io.sightline.engine.api.RunSearchRequest;
import io.sightline.engine.api.Runs;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs of which every call fails until a test overrides the ones it scripts. Once {@link #runs()} is scripted,
 * the experiments, fields and pages without a filter follow from it (one page, newest first, nothing folded);
 * a filter is for tests to script.
 */
public interface ScriptedRuns extends Runs {

    @Override
    default List<RunInfo> runs() {
        throw Unscripted.call("Runs", "runs");
    }

    @Override
    default RunInfo run(String runId) {
        throw Unscripted.call("Runs", "run");
    }

    @Override
    default List<ExperimentSummary> experiments() {
        return runs().stream().collect(Collectors.groupingBy(RunInfo::experiment, Collectors.counting()))
                .entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new ExperimentSummary(e.getKey(), e.getValue())).toList();
    }

    @Override
    default RunPage searchRuns(RunSearchRequest request) {
        if (request.filter() != null && !request.filter().isBlank()) {
            throw Unscripted.call("Runs", "searchRuns with a filter");
        }
        if (request.parentRunId() != null) {
            return new RunPage(List.of(), Map.of(), null);
        }
        return new RunPage(runs().stream()
                .filter(run -> request.experiment() == null || request.experiment().equals(run.experiment()))
                .sorted(Comparator.comparing(RunInfo::startedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList(), Map.of(), null);
    }

    @Override
    default RunFields runFields(String experiment) {
        List<RunInfo> runs = runs().stream().filter(r -> experiment == null || experiment.equals(r.experiment()))
                .toList();
        return new RunFields(List.of("run_id", "run_name", "start_time", "status"),
                keys(runs, r -> r.metrics().keySet()), keys(runs, r -> r.params().keySet()),
                keys(runs, r -> r.tags().keySet()), runs.size());
    }

    @Override
    default List<MetricStep> metricHistory(String runId, String metric) {
        throw Unscripted.call("Runs", "metricHistory");
    }

    @Override
    default RunScatter scatter(String experiment, String x, String y) {
        throw Unscripted.call("Runs", "scatter");
    }

    private static List<String> keys(List<RunInfo> runs, Function<RunInfo, java.util.Set<String>> keys) {
        TreeSet<String> all = new TreeSet<>();
        runs.forEach(run -> all.addAll(keys.apply(run)));
        return List.copyOf(all);
    }
}
