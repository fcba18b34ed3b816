/**
 * The business analyst's workspace: a four-step wizard (upload, train, results, deploy) in plain words,
 * each step a View over a ViewModel that talks to the Platform through the task executor.
 */
package io.sightline.app.workspace.analyst;
