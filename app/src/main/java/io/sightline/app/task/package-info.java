/**
 * Background work: the FX thread never waits on I/O, training or the network. Views and ViewModels hand
 * {@link io.sightline.app.task.BackgroundTask}s to a {@link io.sightline.app.task.TaskExecutor}; tests use
 * the {@link io.sightline.app.task.CurrentThreadTaskExecutor} to run them deterministically. Each submitted task
 * has a {@link io.sightline.app.task.TaskHandle}; {@link io.sightline.app.task.LatestRequest} cancels stale ones.
 */
package io.sightline.app.task;
