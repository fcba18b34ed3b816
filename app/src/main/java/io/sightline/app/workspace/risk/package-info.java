/**
 * The risk-operations workspace: the live transaction monitor of a deployment, the alert center, the queue of
 * flagged predictions with the reasons for their scores, and decision strategies written in plain language,
 * parsed, back-tested and enabled. ViewModels here never touch nodes; live figures reach the screen as whole
 * snapshots, never one update per sample.
 */
package io.sightline.app.workspace.risk;
