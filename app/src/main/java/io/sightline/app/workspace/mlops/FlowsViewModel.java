package io.sightline.app.workspace.mlops;

import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.LatestRequest;
import io.sightline.app.task.ReloadPacer;
import io.sightline.app.task.TaskExecutor;
import io.sightline.app.task.UiTiming;
import io.sightline.engine.api.Capacity;
import io.sightline.engine.api.CapacityTest;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowDefinition;
import io.sightline.engine.api.FlowStart;
import io.sightline.engine.api.FlowState;
import io.sightline.engine.api.FlowSubject;
import io.sightline.engine.api.Flows;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.RegisteredModel;
import io.sightline.engine.api.Registry;
import io.sightline.engine.api.StepRun;
import io.sightline.engine.api.StepState;
import io.sightline.engine.api.SubjectVersion;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Deployment flows: a start form (definition, model version, deployment and the definition's parameters, whatever
 * the engine's records refuse shown in their own words), the recent flows newest first, and the flow shown,
 * followed live — read again on every {@code FlowChanged} for it (paced), and by {@link #poll()} while it runs in
 * case an event was lost — with the chosen step's details and the actions a person takes on it: approve or
 * reject an approval, pause, resume, abort, all as the user. Everything here runs on the UI thread but
 * {@link #onEvent}.
 */
public final class FlowsViewModel {
    /** The flow shown is read at most this often, however many events arrive. */
    static final long MIN_RELOAD_INTERVAL_MILLIS = 250;
    /** How many recent flows the list shows. */
    static final int LISTED = 50;

    /** What one reload read: the flow shown and the load test of its chosen step (null when none), the list. */
    private record Loaded(Flow shown, CapacityTest loadTest, List<Flow> flows) {
    }

    /** The choices of the start form, read together. */
    private record Choices(List<FlowDefinition> definitions, List<String> models, List<Deployment> deployments) {
    }

    private final Flows engine;
    private final Registry registry;
    private final Deployments deploymentSource;
    private final Capacity capacity;
    private final TaskExecutor tasks;
    private final String user;
    private final ReloadPacer reloads;
    private final LatestRequest versionRequest;
    private final AtomicBoolean listStale = new AtomicBoolean(true);
    /** Set when a version was registered: the models and the chosen model's versions are read again. */
    private final AtomicBoolean choicesStale = new AtomicBoolean();
    private final InvalidationListener rebuild = obs -> rebuild();
    private volatile String shownId;
    private volatile String chosenStep;
    private List<Deployment> servingDeployments = List.of();
    private CapacityTest loadTest;

    public FlowsViewModel(Flows flows, Registry registry, Deployments deployments, Capacity capacity,
            TaskExecutor tasks, UiTiming timing, String user) {
        this.engine = Objects.requireNonNull(flows);
        this.registry = Objects.requireNonNull(registry);
        this.deploymentSource = Objects.requireNonNull(deployments);
        this.capacity = Objects.requireNonNull(capacity);
        this.tasks = Objects.requireNonNull(tasks);
        this.user = Objects.requireNonNull(user);
        this.versionRequest = new LatestRequest(tasks);
        this.reloads = new ReloadPacer(this::reload, timing.scheduler(), timing.clockMillis(),
                MIN_RELOAD_INTERVAL_MILLIS);
        definition.addListener((obs, old, now) -> {
            registersItsSubject.set(now != null && now.subjectVersion() == SubjectVersion.NEW);
            showParameters(now);
            readVersions(model.get()); // an import names the next version, a release one that exists
        });
        model.addListener((obs, old, now) -> readVersions(now));
        version.addListener(rebuild);
        deployment.addListener(rebuild);
        selectedStep.addListener((obs, old, now) -> stepChosen(now));
        rebuild();
    }

    // ---- the start form

    private final ObservableList<FlowDefinition> definitions = FXCollections.observableArrayList();
    private final ObservableList<FlowDefinition> definitionsView = FXCollections.unmodifiableObservableList(definitions);

    // Each list's read-only view is kept: a view listens to its list weakly, so a view made per call could be
    // collected with the listeners added to it.

    /** The flows the engine can run. */
    public ObservableList<FlowDefinition> definitions() {
        return definitionsView;
    }

    private final ObjectProperty<FlowDefinition> definition = new SimpleObjectProperty<>(this, "definition");

    public ObjectProperty<FlowDefinition> definitionProperty() {
        return definition;
    }

    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final ObservableList<String> modelsView = FXCollections.unmodifiableObservableList(models);

    public ObservableList<String> models() {
        return modelsView;
    }

    private final ObjectProperty<String> model = new SimpleObjectProperty<>(this, "model");

    public ObjectProperty<String> modelProperty() {
        return model;
    }

    private final ReadOnlyBooleanWrapper registersItsSubject = new ReadOnlyBooleanWrapper(this, "registersItsSubject");

    /**
     * Whether the chosen flow registers the version it works on (an import): the model may then be a new name
     * typed in, and the version is the next one, not a choice.
     */
    public ReadOnlyBooleanProperty registersItsSubjectProperty() {
        return registersItsSubject.getReadOnlyProperty();
    }

    private final ObservableList<Integer> versions = FXCollections.observableArrayList();
    private final ObservableList<Integer> versionsView = FXCollections.unmodifiableObservableList(versions);

    /** The chosen model's versions, newest first. */
    public ObservableList<Integer> versions() {
        return versionsView;
    }

    private final ObjectProperty<Integer> version = new SimpleObjectProperty<>(this, "version");

    public ObjectProperty<Integer> versionProperty() {
        return version;
    }

    private final ObservableList<String> deployments = FXCollections.observableArrayList();
    private final ObservableList<String> deploymentsView = FXCollections.unmodifiableObservableList(deployments);

    public ObservableList<String> deployments() {
        return deploymentsView;
    }

    private final ObjectProperty<String> deployment = new SimpleObjectProperty<>(this, "deployment");

    /** The deployment the flow works on; null for none (then the steps that serve have nothing to act on). */
    public ObjectProperty<String> deploymentProperty() {
        return deployment;
    }

    private final ObservableList<FlowParameter> parameters = FXCollections.observableArrayList();
    private final ObservableList<FlowParameter> parametersView = FXCollections.unmodifiableObservableList(parameters);

    /** The chosen definition's parameters, by name, each starting at its default. */
    public ObservableList<FlowParameter> parameters() {
        return parametersView;
    }

    private final ReadOnlyObjectWrapper<FlowStart> start = new ReadOnlyObjectWrapper<>(this, "start");

    /** The start the form describes; null while the form says something the engine's records refuse. */
    public ReadOnlyObjectProperty<FlowStart> startProperty() {
        return start.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** Why the form is no start, in the records' own words; empty when it is one. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");

    /** True while a start or an action is with the engine. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    private final BooleanBinding canStart = Bindings.createBooleanBinding(
            () -> start.get() != null && !working.get(), start, working);

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    // ---- the flows and the one shown

    private final ObservableList<FlowRow> flows = FXCollections.observableArrayList();
    private final ObservableList<FlowRow> flowsView = FXCollections.unmodifiableObservableList(flows);

    /** The recent flows, running and past, newest first. */
    public ObservableList<FlowRow> flows() {
        return flowsView;
    }

    private final ReadOnlyObjectWrapper<Flow> flow = new ReadOnlyObjectWrapper<>(this, "flow");

    /** The flow shown: the one started here or chosen in the list; null for none. */
    public ReadOnlyObjectProperty<Flow> flowProperty() {
        return flow.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /** Where the flow shown is, with the engine's sentence. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private final ObjectProperty<String> selectedStep = new SimpleObjectProperty<>(this, "selectedStep");

    /** The id of the step whose details are shown (a click on the diagram sets it); null for none. */
    public ObjectProperty<String> selectedStepProperty() {
        return selectedStep;
    }

    private final ReadOnlyObjectWrapper<FlowStepDetails> details = new ReadOnlyObjectWrapper<>(this, "details");

    /** The chosen step's details; null when no step is chosen. */
    public ReadOnlyObjectProperty<FlowStepDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");

    /** Why the user decides or aborts; the engine says when one is needed. */
    public StringProperty reasonProperty() {
        return reason;
    }

    private final BooleanBinding canDecide = Bindings.createBooleanBinding(() -> !working.get()
            && chosenRun() != null && chosenRun().state() == StepState.WAITING_FOR_APPROVAL, flow, selectedStep, working);

    /** True when the chosen step waits for an approval. */
    public BooleanBinding canDecideProperty() {
        return canDecide;
    }

    private final BooleanBinding canPause = flowIs(FlowState.RUNNING, FlowState.WAITING_FOR_APPROVAL);

    public BooleanBinding canPauseProperty() {
        return canPause;
    }

    private final BooleanBinding canResume = flowIs(FlowState.PAUSED);

    public BooleanBinding canResumeProperty() {
        return canResume;
    }

    private final BooleanBinding canAbort = flowIs(FlowState.RUNNING, FlowState.WAITING_FOR_APPROVAL, FlowState.PAUSED);

    public BooleanBinding canAbortProperty() {
        return canAbort;
    }

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /** Why the last call to the engine failed, in its words; empty when it worked. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private BooleanBinding flowIs(FlowState... states) {
        List<FlowState> allowed = List.of(states);
        return Bindings.createBooleanBinding(() -> !working.get() && flow.get() != null
                && allowed.contains(flow.get().state()), flow, working);
    }

    // ---- following the engine

    /** Reads the form's choices and the flows again (the workspace came on screen). */
    public void refresh() {
        readChoices();
        listStale.set(true);
        reloads.request();
    }

    /** Called on the platform's delivery thread: a model version was registered, so the form's choices are stale. */
    public void onModelRegistered() {
        choicesStale.set(true);
        reloads.request();
    }

    private void readChoices() {
        tasks.execute(BackgroundTask.of(() -> new Choices(engine.flowDefinitions(),
                        registry.models().stream().map(RegisteredModel::name).sorted().toList(),
                        deploymentSource.deployments()))
                .onSuccess(this::showChoices)
                .onFailure(failure -> error.set(FailureMessages.plain(failure, "reading the flows this engine runs"))));
    }

    /** Called on the platform's delivery thread: hands on, never touches properties. */
    public void onEvent(PlatformEvent.FlowChanged changed) {
        listStale.set(true); // the list shows every flow's state
        reloads.request();
    }

    /** The safety net for lost events: while the flow shown runs, reads it again. Call it every few seconds. */
    public void poll() {
        Flow shown = flow.get();
        if (shown != null && !shown.state().ended()) {
            listStale.set(true);
            reloads.request();
        }
    }

    // ---- commands

    /**
     * Starts the flow the form describes, as the user; nothing while the form is no start. Files chosen for
     * parameters are uploaded to the engine first and passed as their ids.
     */
    public void start() {
        FlowStart ready = start.get();
        if (!canStart.get()) {
            return;
        }
        Map<String, Path> files = new LinkedHashMap<>();
        parameters.stream().filter(p -> p.chosenFile() != null).forEach(p -> files.put(p.name(), p.chosenFile()));
        act(() -> engine.startFlow(withUploads(ready, files), user), "starting the flow", false);
    }

    /** {@code ready} with each chosen file uploaded and named by its id (in the background). */
    private FlowStart withUploads(FlowStart ready, Map<String, Path> files) {
        if (files.isEmpty()) {
            return ready;
        }
        Map<String, String> parameters = new LinkedHashMap<>(ready.parameters());
        files.forEach((name, file) -> parameters.put(name, registry.uploadModelFile(file)));
        return new FlowStart(ready.definition(), ready.subject(), parameters);
    }

    /** Shows a flow of the list. */
    public void choose(FlowRow row) {
        if (row != null && !row.id().equals(shownId)) {
            show(row.flow());
            reloads.request();
        }
    }

    public void approve() {
        decide(true);
    }

    public void reject() {
        decide(false);
    }

    private void decide(boolean approve) {
        Flow shown = flow.get();
        String step = selectedStep.get();
        String why = reason.get();
        if (!canDecide.get()) {
            return;
        }
        act(() -> approve ? engine.approveFlowStep(shown.id(), step, user, why)
                : engine.rejectFlowStep(shown.id(), step, user, why), approve ? "approving" : "rejecting", true);
    }

    public void pause() {
        Flow shown = flow.get();
        if (canPause.get()) {
            act(() -> engine.pauseFlow(shown.id(), user), "pausing the flow", false);
        }
    }

    public void resume() {
        Flow shown = flow.get();
        if (canResume.get()) {
            act(() -> engine.resumeFlow(shown.id(), user), "resuming the flow", false);
        }
    }

    public void abort() {
        Flow shown = flow.get();
        String why = reason.get();
        if (canAbort.get()) {
            act(() -> engine.abortFlow(shown.id(), user, why), "aborting the flow", true);
        }
    }

    /** Asks the engine, then shows the flow it answered; on a refusal the engine's words, the form kept. */
    private void act(Callable<Flow> call, String what, boolean usesReason) {
        working.set(true);
        error.set("");
        tasks.execute(BackgroundTask.of(call)
                .onSuccess(done -> {
                    if (usesReason) {
                        reason.set("");
                    }
                    show(done);
                    list(done);
                    reloads.request(); // steps that moved before this answer arrived
                })
                .onFailure(failure -> error.set(FailureMessages.plain(failure, what)))
                .onFinished(() -> working.set(false)));
    }

    // ---- reading

    private void reload(Runnable whenDone) {
        if (choicesStale.getAndSet(false)) {
            readChoices();
        }
        String id = shownId;
        String step = chosenStep;
        boolean listToo = listStale.getAndSet(false);
        tasks.execute(BackgroundTask.of(() -> {
                    Flow shown = id == null ? null : engine.flow(id);
                    return new Loaded(shown, loadTestOf(shown, step), listToo ? engine.flows(LISTED) : null);
                })
                .onSuccess(this::apply)
                .onFailure(failure -> error.set(FailureMessages.plain(failure, "reading the flows")))
                .onFinished(whenDone));
    }

    /** The load test the step names in its outputs, when it ran one. */
    private CapacityTest loadTestOf(Flow shown, String stepId) {
        String testId = shown == null || stepId == null ? null : outputsOf(shown, stepId)
                .get(FlowStepDetails.LOAD_TEST_OUTPUT);
        return testId == null ? null : capacity.capacityTest(testId);
    }

    private static Map<String, String> outputsOf(Flow shown, String stepId) {
        return shown.steps().stream().filter(s -> s.stepId().equals(stepId)).findFirst()
                .map(StepRun::outputs).orElse(Map.of());
    }

    private void apply(Loaded loaded) {
        if (loaded.flows() != null) {
            replaceChanged(flows, loaded.flows().stream().map(FlowRow::new).toList());
        }
        if (loaded.shown() != null && loaded.shown().id().equals(shownId)) {
            loadTest = loaded.loadTest();
            show(loaded.shown());
            list(loaded.shown());
        } else if (shownId == null && !flows.isEmpty()) {
            show(flows.get(0).flow()); // the newest, until the user chooses another
            reloads.request();
        }
    }

    /**
     * Makes {@code shown} read {@code latest} by replacing only the rows that differ: a flow list read again
     * while one flow moves changes one row, and the list redraws that row only.
     */
    private static <T> void replaceChanged(ObservableList<T> shown, List<T> latest) {
        if (shown.size() > latest.size()) {
            shown.remove(latest.size(), shown.size());
        }
        for (int i = 0; i < latest.size(); i++) {
            if (i == shown.size()) {
                shown.addAll(latest.subList(i, latest.size()));
                return;
            }
            if (!shown.get(i).equals(latest.get(i))) {
                shown.set(i, latest.get(i));
            }
        }
    }

    /** Puts {@code latest} in the list in place of its older self, or first when it is new. */
    private void list(Flow latest) {
        FlowRow row = new FlowRow(latest);
        for (int i = 0; i < flows.size(); i++) {
            if (flows.get(i).id().equals(latest.id())) {
                if (!flows.get(i).equals(row)) {
                    flows.set(i, row);
                }
                return;
            }
        }
        flows.add(0, row);
    }

    private void show(Flow shown) {
        boolean another = shown == null || !shown.id().equals(shownId);
        shownId = shown == null ? null : shown.id();
        flow.set(shown);
        status.set(shown == null ? "" : FlowWording.status(shown));
        if (another) {
            loadTest = null;
            selectedStep.set(shown == null ? null : stepToFollow(shown));
        }
        showDetails();
    }

    /** On a flow newly shown, the step a person looks at first: one waiting for them, else one running. */
    private static String stepToFollow(Flow shown) {
        return shown.steps().stream().filter(s -> s.state() == StepState.WAITING_FOR_APPROVAL).findFirst()
                .or(() -> shown.steps().stream().filter(s -> s.state() == StepState.RUNNING).findFirst())
                .map(StepRun::stepId).orElse(null);
    }

    private void stepChosen(String stepId) {
        chosenStep = stepId;
        Flow shown = flow.get();
        String testId = shown == null || stepId == null ? null : outputsOf(shown, stepId)
                .get(FlowStepDetails.LOAD_TEST_OUTPUT);
        if (loadTest != null && !loadTest.id().equals(testId)) {
            loadTest = null;
        }
        showDetails();
        if (testId != null && loadTest == null) {
            reloads.request();
        }
    }

    private StepRun chosenRun() {
        Flow shown = flow.get();
        String step = selectedStep.get();
        return shown == null || step == null ? null
                : shown.steps().stream().filter(s -> s.stepId().equals(step)).findFirst().orElse(null);
    }

    private void showDetails() {
        StepRun run = chosenRun();
        details.set(run == null ? null : FlowStepDetails.of(flow.get().definition().step(run.stepId()), run, loadTest));
    }

    // ---- the form's choices

    /**
     * Shows the choices read, keeping what the form had chosen: a list's box may clear its value while its items are
     * replaced, so the choices are taken before and put back after.
     */
    private void showChoices(Choices choices) {
        error.set("");
        FlowDefinition chosenDefinition = definition.get();
        String chosenModel = model.get();
        String chosenDeployment = deployment.get();
        definitions.setAll(choices.definitions());
        definition.set(definitions.stream().filter(d -> chosenDefinition != null && d.id().equals(chosenDefinition.id()))
                .findFirst().orElse(definitions.isEmpty() ? null : definitions.get(0)));
        servingDeployments = choices.deployments();
        deployments.setAll(choices.deployments().stream().map(Deployment::name).sorted().toList());
        deployment.set(chosenDeployment);
        models.setAll(choices.models());
        boolean typedForAnImport = registersItsSubject.get() && chosenModel != null;
        if (!typedForAnImport && (chosenModel == null || !models.contains(chosenModel))) {
            model.set(models.isEmpty() ? null : models.get(0));
        } else {
            model.set(chosenModel);
            readVersions(chosenModel); // a version may have come since
        }
    }

    private void showParameters(FlowDefinition chosen) {
        parameters.forEach(p -> p.valueProperty().removeListener(rebuild));
        parameters.setAll(chosen == null ? List.of() : chosen.parameters().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(e -> new FlowParameter(e.getKey(), e.getValue())).toList());
        parameters.forEach(p -> p.valueProperty().addListener(rebuild));
        rebuild();
    }

    /**
     * The model's versions, newest chosen, or for a flow that registers its subject the one version it will
     * register (1 for a model not registered yet); and the deployment that serves the model, when one does.
     */
    private void readVersions(String chosenModel) {
        versions.clear();
        version.set(null);
        if (chosenModel == null) {
            versionRequest.cancel();
            return;
        }
        servingDeployments.stream().filter(d -> d.model().equals(chosenModel)).map(Deployment::name).findFirst()
                .ifPresent(deployment::set);
        boolean next = registersItsSubject.get();
        boolean known = models.contains(chosenModel);
        versionRequest.submit(BackgroundTask.of(() -> {
                    List<Integer> existing = known ? registry.modelVersions(chosenModel).stream()
                            .map(ModelVersion::version).sorted(Comparator.reverseOrder()).toList() : List.<Integer>of();
                    return next ? List.of(existing.isEmpty() ? 1 : existing.get(0) + 1) : existing;
                })
                .onSuccess(found -> {
                    versions.setAll(found);
                    version.set(found.isEmpty() ? null : found.get(0));
                })
                .onFailure(failure -> error.set(FailureMessages.plain(failure, "reading the versions of " + chosenModel))));
    }

    private void rebuild() {
        try {
            FlowDefinition chosen = definition.get();
            Map<String, String> edited = new LinkedHashMap<>();
            parameters.stream().filter(FlowParameter::edited)
                    .forEach(p -> edited.put(p.name(), p.valueProperty().get()));
            FlowSubject subject = new FlowSubject(model.get(), version.get() == null ? 0 : version.get(),
                    deployment.get());
            start.set(new FlowStart(chosen == null ? null : chosen.id(), subject, edited));
            problem.set("");
        } catch (PlatformException refused) {
            start.set(null);
            problem.set(refused.getMessage());
        }
    }
}
