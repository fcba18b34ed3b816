/**
 * Reusable controls of the console: charts and tables that show the platform's records as pictures
 * (histogram, ROC curve, leaderboard, lineage chain); their skins live in {@code skin}.
 */
package io.sightline.app.controls;
