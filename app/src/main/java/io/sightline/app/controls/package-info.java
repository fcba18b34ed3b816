/**
 * Reusable controls of the console that show the platform's records as pictures (traffic light, confusion
 * matrix, histogram, ROC curve, leaderboard, lineage chain); their skins live in {@code skin}.
 */
package io.sightline.app.controls;
