package io.sightline.simulator.release;

import io.sightline.engine.api.AbTestMethod;
import io.sightline.engine.api.AbTestPlan;
import io.sightline.engine.api.AbTestVerdict;
import io.sightline.engine.api.Arm;
import io.sightline.engine.api.BanditPlan;
import io.sightline.engine.api.BanditReward;
import io.sightline.engine.api.CanaryGuard;
import io.sightline.engine.api.CanaryPlan;
import io.sightline.engine.api.CanaryStatus;
import io.sightline.engine.api.Datasets;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.OutcomeMetric;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PolicyKind;
import io.sightline.engine.api.ReleaseReport;
import io.sightline.engine.api.Releases;
import io.sightline.engine.api.Runs;
import io.sightline.engine.api.TrafficPolicy;
import io.sightline.engine.api.Training;
import io.sightline.simulator.live.SimulatedClock;
import io.sightline.simulator.setup.HistoryTraining;
import io.sightline.simulator.world.LabelDelays;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Releases a challenger beside the deployed model, phase after phase, on a thread of its own: trains it on a
 * recent history in which the new ring is at work, then serves it as an automatic canary, then in a sequential
 * A/B test against the deployed model, then as a bandit arm beside it. Each phase is a traffic policy set
 * through {@link Releases}; the engine decides it on the outcomes the live run reports, and the next phase starts
 * once it has. Every decision is kept, with the version it favoured and the engine's words.
 *
 * <p>The A/B verdict is read only after two dispute windows: outcomes come as they become known, chargebacks
 * within minutes and good orders only when their window closes, so the early outcomes are nearly all
 * chargebacks, which flatter whichever version catches more fraud and say nothing of false alarms. After two
 * windows, every order of the test's first half has its outcome.
 */
public final class ChallengerRelease implements Runnable {
    static final String BY = "simulator";
    /** A canary step lasts past the dispute window, so that good orders of the step have their outcomes. */
    static final Duration SIMULATED_STEP = LabelDelays.DISPUTE_WINDOW.plusMinutes(5);
    static final List<Double> CANARY_STEPS = List.of(0.2, 0.5, 1.0);
    /**
     * The guard judges correctness, the thing the world decides; its latency limit is wide because two versions'
     * microsecond model calls differ by chance on a busy machine far more than by anything the world does.
     */
    static final CanaryGuard GUARD = new CanaryGuard(0.01, 10, 0.02, 100, 50);
    /** A 3-point difference in correct answers is worth finding; about 9 in 10 correct is expected of A. */
    static AbTestPlan abPlan(Duration outcomeWindow) {
        return new AbTestPlan(OutcomeMetric.CORRECT, AbTestMethod.SEQUENTIAL, 0.95, 0.03, 0.8, 0.9, outcomeWindow);
    }
    static final Duration AB_FIRST_READING = LabelDelays.DISPUTE_WINDOW.multipliedBy(2);
    static final BanditPlan BANDIT_PLAN = new BanditPlan(BanditReward.OUTCOME, OutcomeMetric.CORRECT, 1, 1,
            Duration.ofSeconds(1), 0.05);
    /**
     * The bandit's lead is read once good orders' outcomes have begun to count: on its first few outcomes
     * Thompson sampling gives either arm a lead by chance.
     */
    static final Duration BANDIT_FIRST_READING = LabelDelays.DISPUTE_WINDOW;
    /** The share an arm must hold for the bandit to be said to favour it. */
    static final double BANDIT_LEAD = 0.6;
    /**
     * How long a phase's decision stands before the next phase replaces its policy, in simulated time: long
     * enough for someone watching (or a picture) to read the verdict, and frozen while the simulator is paused.
     */
    static final Duration DECISION_STANDS = Duration.ofMinutes(8);
    private static final Duration REPORT_WINDOW = Duration.ofDays(1);
    private static final long POLL_MILLIS = 250;

    private final Releases releases;
    private final HistoryTraining learning;
    private final String deployment;
    private final ChallengerTraining training;
    private final SimulatedClock clock;
    private final List<ReleaseDecision> decisions = new ArrayList<>();
    private volatile boolean stopped;
    private ReleaseProgress progress = ReleaseProgress.NOT_STARTED;
    private int champion;
    private int challenger;

    /**
     * A release on {@code deployment} of a challenger learnt as {@code training} says; the canary's steps and the
     * A/B test's first reading are sized in {@code clock}'s simulated time.
     */
    public <P extends Datasets & Events & Runs & Training & Releases> ChallengerRelease(P platform,
            String deployment, ChallengerTraining training, SimulatedClock clock) {
        this.releases = platform;
        this.learning = new HistoryTraining(platform);
        this.deployment = deployment;
        this.training = training;
        this.clock = clock;
    }

    @Override
    public void run() {
        try {
            champion = releases.policy(deployment).primary().version();
            say(ReleasePhase.TRAINING_CHALLENGER, training.announcement(champion));
            challenger = training.train(learning, message -> say(ReleasePhase.TRAINING_CHALLENGER, message),
                    () -> stopped).version();
            canary();
            letDecisionStand();
            abTest();
            letDecisionStand();
            bandit();
            say(ReleasePhase.DONE, ReleasePhase.DONE.description());
        } catch (RuntimeException e) {
            if (stopped) {
                say(ReleasePhase.STOPPED, ReleasePhase.STOPPED.description());
            } else {
                say(ReleasePhase.FAILED, "The release could not go on: " + e.getMessage());
            }
        }
    }

    /** How long {@code simulated} lasts in real time at the clock's speed: the engine's clock is real. */
    private Duration real(Duration simulated) {
        return Duration.ofMillis(Math.round(simulated.toMillis() / clock.speed()));
    }

    private void canary() {
        Duration step = real(SIMULATED_STEP);
        CanaryPlan plan = new CanaryPlan(CANARY_STEPS, step, GUARD, true);
        releases.setPolicy(deployment, TrafficPolicy.canary(champion, challenger, plan), BY,
                "Challenger v" + challenger + " as a canary beside v" + champion);
        say(ReleasePhase.CANARY, "Canary: v" + challenger + " takes " + percent(CANARY_STEPS.get(0))
                + " of the orders beside v" + champion + "…");
        String[] lastWords = {""};
        ReleaseReport ended = awaitReport(report -> {
            CanaryStatus status = report.canary();
            if (status != null) {
                lastWords[0] = status.words();
                say(ReleasePhase.CANARY, "Canary, step " + status.step() + " of " + status.steps() + ": "
                        + status.words());
            }
            return report.policy().kind() != PolicyKind.CANARY;
        });
        int serving = ended.policy().primary().version();
        String words = serving == challenger
                ? "The canary held its guard through every step: v" + challenger + " serves every order."
                : "The canary's guard broke: the orders went back to v" + serving + ". " + lastWords[0];
        decide(ReleasePhase.CANARY, serving, words);
    }

    private void abTest() {
        Instant firstReading = clock.now().plus(AB_FIRST_READING);
        // a good order's outcome is known once its dispute window has passed
        AbTestPlan plan = abPlan(real(LabelDelays.DISPUTE_WINDOW));
        releases.setPolicy(deployment, TrafficPolicy.abTest(champion, challenger, 0.5, plan), BY,
                "A/B test of v" + champion + " (A) against challenger v" + challenger + " (B)");
        say(ReleasePhase.AB_TEST, "A/B test: v" + champion + " (A) and v" + challenger
                + " (B) share the orders half and half…");
        ReleaseReport decided = awaitReport(report -> {
            AbTestVerdict verdict = report.abTest();
            if (verdict != null) {
                say(ReleasePhase.AB_TEST, "A/B test: " + verdict.words());
            }
            return verdict != null && verdict.outcome() != AbTestVerdict.Outcome.NO_DIFFERENCE_YET
                    && !clock.now().isBefore(firstReading);
        });
        AbTestVerdict verdict = decided.abTest();
        decide(ReleasePhase.AB_TEST, verdict.outcome() == AbTestVerdict.Outcome.B_IS_BETTER ? challenger : champion,
                verdict.words());
    }

    private void bandit() {
        TrafficPolicy bandit = new TrafficPolicy(PolicyKind.BANDIT, List.of(new Arm("champion", champion, 0.5),
                new Arm("challenger", challenger, 0.5)), null, null, null, BANDIT_PLAN, null);
        releases.setPolicy(deployment, bandit, BY, "Champion v" + champion + " and challenger v" + challenger
                + " as bandit arms");
        Instant firstReading = clock.now().plus(BANDIT_FIRST_READING);
        say(ReleasePhase.BANDIT, "Bandit: v" + champion + " and v" + challenger + " start half and half…");
        ReleaseReport led = awaitReport(report -> {
            Arm leader = leader(report.policy());
            say(ReleasePhase.BANDIT, "Bandit: v" + leader.version() + " gets " + percent(leader.share())
                    + " of the orders.");
            return leader.share() >= BANDIT_LEAD && !clock.now().isBefore(firstReading);
        });
        Arm leader = leader(led.policy());
        decide(ReleasePhase.BANDIT, leader.version(), "The bandit sends " + percent(leader.share())
                + " of the orders to v" + leader.version() + ", the version that answers correctly more often.");
    }

    /** Waits {@link #DECISION_STANDS} of simulated time, or until the release is stopped. */
    private void letDecisionStand() {
        Instant until = clock.now().plus(DECISION_STANDS);
        while (!stopped && clock.now().isBefore(until)) {
            pause();
        }
    }

    private static Arm leader(TrafficPolicy policy) {
        return policy.arms().stream().max((a, b) -> Double.compare(a.share(), b.share())).orElseThrow();
    }

    /** Reads the release report until {@code decided} holds of it, or the release is stopped. */
    private ReleaseReport awaitReport(Predicate<ReleaseReport> decided) {
        while (!stopped) {
            ReleaseReport report = releases.release(deployment, REPORT_WINDOW);
            if (decided.test(report)) {
                return report;
            }
            pause();
        }
        throw new PlatformException(ErrorCode.CANCELLED, "Stopped while waiting for the release's decision.");
    }

    private void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    private synchronized void decide(ReleasePhase phase, int favoured, String words) {
        decisions.add(new ReleaseDecision(phase, favoured, words));
        progress = new ReleaseProgress(phase, words, champion, challenger, decisions);
    }

    private synchronized void say(ReleasePhase phase, String words) {
        progress = new ReleaseProgress(phase, words, champion, challenger, decisions);
    }

    public synchronized ReleaseProgress progress() {
        return progress;
    }

    /** Stops waiting at the next look; a policy already set stays, as the platform holds it. */
    public void stop() {
        stopped = true;
    }
}
