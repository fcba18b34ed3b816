/**
 * Demo mode: on a first launch with nothing configured, the console runs the simulated seller-risk marketplace
 * against an embedded engine of its own, labels what comes from it "Simulated", and offers a Demo menu to
 * pause, change speed, trigger scenario events, reset, or leave for the user's own engine.
 */
package io.sightline.app.demo;
