/**
 * The challenger release: a challenger that knows the new ring is trained and released beside the deployed
 * model as a canary, then in an A/B test, then as a bandit arm, each phase driven through the platform's
 * releases facet and decided by the outcomes of the world's orders; and the challenger flow, which takes the same
 * challenger through the platform's release flow.
 */
package io.sightline.simulator.release;
