/**
 * Reusable controls of the console that show the platform's records as pictures (traffic light, confusion
 * matrix, histogram, ROC curve, leaderboard, lineage chain, workflow diagram) and live figures (line charts of
 * snapshots, figure cards); the skins of the Control + Skin pairs live in {@code skin}.
 */
package io.sightline.app.controls;
