package io.sightline.engine.server.api;

import io.sightline.engine.api.AbTestDesign;
import io.sightline.engine.api.AbTestPlan;
import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertRule;
import io.sightline.engine.api.AlertRuleSpec;
import io.sightline.engine.api.BacktestResult;
import io.sightline.engine.api.CapacityPlan;
import io.sightline.engine.api.CapacityTest;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.DriftReport;
import io.sightline.engine.api.Explanation;
import io.sightline.engine.api.NotificationSettings;
import io.sightline.engine.api.NotificationTrial;
import io.sightline.engine.api.Outcome;
import io.sightline.engine.api.PerformanceReport;
import io.sightline.engine.api.Platform;
import io.sightline.engine.api.ReleaseReport;
import io.sightline.engine.api.RuleTrial;
import io.sightline.engine.api.Strategy;
import io.sightline.engine.api.StrategySpec;
import io.sightline.engine.api.ServingLimits;
import io.sightline.engine.api.TrafficPolicy;
import io.sightline.engine.api.TrafficReport;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.server.openapi.DocumentedRoute;
import io.sightline.engine.server.openapi.Param;
import io.sightline.engine.server.openapi.Shape;
import io.sightline.engine.wire.Requests;
import io.sightline.engine.wire.Wire;
import java.util.List;
import java.util.Map;

/**
 * The part of the route table for live operations: monitoring, outcomes, alerts, decision strategies,
 * releases (traffic policies, rollback, release reports) and capacity (load tests).
 */
final class OperationsEndpoints {
    private static final Param WINDOW = Param.query("window", "string",
            "How far back: ISO-8601 such as PT24H, or seconds (default 24 hours)");

    private OperationsEndpoints() {
    }

    static List<DocumentedRoute> of(Platform platform) {
        MonitoringHandlers monitoring = new MonitoringHandlers(platform, platform, platform);
        AlertHandlers alerts = new AlertHandlers(platform);
        StrategyHandlers strategies = new StrategyHandlers(platform, platform, platform);
        ReleaseHandlers releases = new ReleaseHandlers(platform);
        CapacityHandlers capacity = new CapacityHandlers(platform);
        String api = Wire.API;
        String deployment = api + "/deployments/{name}";
        return List.of(
                DocumentedRoute.get(api + "/deployment-history", monitoring::history).tag("monitoring").param(WINDOW).paged()
                        .summary("Every deploy, replacement and stop, newest first")
                        .returns(Shape.pageOf(DeploymentChange.class)),
                DocumentedRoute.post(deployment + "/explanations", monitoring::explain).tag("monitoring")
                        .summary("Why the deployment scores a row as it does, input by input")
                        .accepts(Shape.json(Map.class)).returns(Shape.json(Explanation.class)),
                DocumentedRoute.post(deployment + "/outcomes", monitoring::reportOutcomes).tag("monitoring")
                        .summary("Records the true outcomes of earlier predictions; answers how many matched")
                        .accepts(Shape.jsonList(Outcome.class)).returns(Shape.json(Requests.OutcomesMatched.class)),
                DocumentedRoute.get(deployment + "/traffic", monitoring::traffic).tag("monitoring").param(WINDOW)
                        .summary("Throughput, latency, errors, labels, decisions and scores")
                        .returns(Shape.json(TrafficReport.class)),
                DocumentedRoute.get(deployment + "/performance", monitoring::performance).tag("monitoring").param(WINDOW)
                        .summary("Precision, recall, AUC and money from reported outcomes")
                        .returns(Shape.json(PerformanceReport.class)),
                DocumentedRoute.get(deployment + "/drift", monitoring::drift).tag("monitoring").param(WINDOW)
                        .summary("Drift of inputs and predictions against the training data")
                        .returns(Shape.json(DriftReport.class)),
                DocumentedRoute.post(deployment + "/retraining", monitoring::retrain).tag("monitoring").status(201)
                        .summary("Trains a challenger on the window's predictions that have outcomes")
                        .accepts(Shape.json(Requests.Retrain.class)).returns(Shape.json(TrainingJob.class)),

                DocumentedRoute.get(api + "/alert-rules", alerts::rules).tag("alerts").paged()
                        .summary("Alert rules").returns(Shape.pageOf(AlertRule.class)),
                DocumentedRoute.post(api + "/alert-rules", alerts::saveRule).tag("alerts")
                        .summary("Creates a rule, or replaces the one with the same name")
                        .accepts(Shape.json(AlertRuleSpec.class)).returns(Shape.json(AlertRule.class)),
                DocumentedRoute.post(api + "/alert-rules/trials", alerts::tryRule).tag("alerts")
                        .summary("Evaluates a rule against the deployment's current figures as a saved rule is"
                                + " evaluated, without saving it or raising an alert: the value, the threshold,"
                                + " whether it would fire now, and in plain words")
                        .accepts(Shape.json(AlertRuleSpec.class)).returns(Shape.json(RuleTrial.class)),
                DocumentedRoute.delete(api + "/alert-rules/{id}", alerts::deleteRule).tag("alerts")
                        .summary("Deletes a rule"),
                DocumentedRoute.get(api + "/alerts", alerts::alerts).tag("alerts").paged()
                        .param(Param.query("includeResolved", "boolean", "Also resolved alerts (default false)"))
                        .summary("Alerts, newest first").returns(Shape.pageOf(Alert.class)),
                DocumentedRoute.post(api + "/alerts/{id}/acknowledge", alerts::acknowledge).tag("alerts")
                        .summary("Acknowledges an alert in the name of the token's user").returns(Shape.json(Alert.class)),
                DocumentedRoute.post(api + "/alerts/{id}/resolve", alerts::resolve).tag("alerts")
                        .summary("Resolves an alert in the name of the token's user").returns(Shape.json(Alert.class)),
                DocumentedRoute.get(api + "/notification-settings", alerts::notificationSettings).tag("alerts")
                        .summary("Where alert notifications go").returns(Shape.json(NotificationSettings.class)),
                DocumentedRoute.put(api + "/notification-settings", alerts::updateNotificationSettings).tag("alerts")
                        .summary("Changes where alert notifications go").accepts(Shape.json(NotificationSettings.class))
                        .returns(Shape.json(NotificationSettings.class)),
                DocumentedRoute.post(api + "/notification-settings/trials", alerts::sendTestNotification).tag("alerts")
                        .summary("Sends one test message through a channel of the given settings now, once, and"
                                + " says whether it was delivered or why not; saves nothing. A blank SMTP password"
                                + " with smtpPasswordSet uses the stored one")
                        .accepts(Shape.json(Requests.NotificationTest.class))
                        .returns(Shape.json(NotificationTrial.class)),

                DocumentedRoute.get(deployment + "/strategies", strategies::list).tag("strategies").paged()
                        .summary("The deployment's decision strategies").returns(Shape.pageOf(Strategy.class)),
                DocumentedRoute.post(deployment + "/strategies", strategies::save).tag("strategies").status(201)
                        .summary("Saves a new strategy, disabled until enabled; given as conditions and an action,"
                                + " or as a sentence read against the served model's inputs")
                        .accepts(Shape.oneOf(StrategySpec.class, Requests.StrategySentence.class))
                        .returns(Shape.json(Strategy.class)),
                DocumentedRoute.put(api + "/strategies/{id}/enabled", strategies::enable).tag("strategies")
                        .summary("Switches a strategy on or off").accepts(Shape.json(Requests.Enable.class))
                        .returns(Shape.json(Strategy.class)),
                DocumentedRoute.delete(api + "/strategies/{id}", strategies::delete).tag("strategies")
                        .summary("Deletes a strategy"),
                DocumentedRoute.post(deployment + "/backtests", strategies::backtest).tag("strategies")
                        .summary("What a strategy, given as a spec or as a sentence, would have done to the"
                                + " predictions of a window")
                        .accepts(Shape.oneOf(Requests.Backtest.class, Requests.SentenceBacktest.class))
                        .returns(Shape.json(BacktestResult.class)),

                DocumentedRoute.get(deployment + "/policy", releases::policy).tag("releases")
                        .summary("The traffic policy the deployment serves under (a single version unless another"
                                + " was set)").returns(Shape.json(TrafficPolicy.class)),
                DocumentedRoute.put(deployment + "/policy", releases::setPolicy).tag("releases")
                        .summary("Serves the deployment under a policy from now on: single version, canary, A/B"
                                + " test, shadow, bandit or contextual routing; recorded with the token's user and"
                                + " the reason").accepts(Shape.json(Requests.PolicyChange.class))
                        .returns(Shape.json(Deployment.class)),
                DocumentedRoute.post(deployment + "/rollback", releases::rollback).tag("releases")
                        .summary("Puts back the version served before the current one, alone; the reason is"
                                + " required and recorded with the token's user")
                        .accepts(Shape.json(Requests.Rollback.class)).returns(Shape.json(Deployment.class)),
                DocumentedRoute.get(deployment + "/release", releases::release).tag("releases")
                        .param(Param.query("window", "string",
                                "How far back: ISO-8601 such as PT1H, or seconds (default 1 hour)"))
                        .summary("Each arm's figures since the policy began (within the window), with the A/B"
                                + " verdict, canary status or bandit shares").returns(Shape.json(ReleaseReport.class)),
                DocumentedRoute.post(api + "/ab-tests/plan", releases::planAbTest).tag("releases")
                        .summary("The outcomes per arm an A/B test plan needs before it starts")
                        .accepts(Shape.json(AbTestPlan.class)).returns(Shape.json(AbTestDesign.class)),

                DocumentedRoute.post(deployment + "/capacity-tests", capacity::start).tag("capacity").status(201)
                        .summary("Starts a load test that this server runs against the deployment: a ramp of request"
                                + " rates replaying its recent inputs through its scoring path, bounded by the plan's"
                                + " rules (at most " + CapacityPlan.MAX_RATE + " requests per second, "
                                + CapacityPlan.MAX_STEPS + " steps, " + CapacityPlan.MAX_TOTAL.toMinutes()
                                + " minutes); one runs at a time. Recorded with the token's user")
                        .accepts(Shape.json(Requests.CapacityTestStart.class)).returns(Shape.json(CapacityTest.class)),
                DocumentedRoute.get(deployment + "/capacity-tests", capacity::list).tag("capacity").paged()
                        .summary("The deployment's load tests, running and saved, newest first")
                        .returns(Shape.pageOf(CapacityTest.class)),
                DocumentedRoute.get(api + "/capacity-tests/{id}", capacity::get).tag("capacity")
                        .summary("One load test: its plan, the steps measured so far and how it ended")
                        .returns(Shape.json(CapacityTest.class)),
                DocumentedRoute.post(api + "/capacity-tests/{id}/stop", capacity::stop).tag("capacity")
                        .summary("Stops a running load test within about a second, keeping the steps measured;"
                                + " stopping an ended test changes nothing").returns(Shape.json(CapacityTest.class)),
                DocumentedRoute.get(deployment + "/serving-limits", capacity::limits).tag("capacity")
                        .summary("How much the deployment takes on at once on each engine: workers, queue, longest"
                                + " wait and what a request gets when the queue is full (no workers: no limit)")
                        .returns(Shape.json(ServingLimits.class)),
                DocumentedRoute.put(deployment + "/serving-limits", capacity::setLimits).tag("capacity")
                        .summary("Sets the deployment's serving limits from now on, on every engine; a request"
                                + " beyond them is answered 503 at once. Recorded with the token's user and the"
                                + " reason").accepts(Shape.json(Requests.ServingLimitsChange.class))
                        .returns(Shape.json(ServingLimits.class)));
    }
}
