/**
 * The MLOps engineer's workspace: what each deployment serves under which traffic policy and how every arm does
 * live, the policy editor, rollback, deploy and promotion, drift of inputs and predictions, and the alert rules
 * and notification channels that watch it all.
 */
package io.sightline.app.workspace.mlops;
