/**
 * The data scientist's workspace: datasets with their column profiles, training runs with their leaderboards
 * and evaluations, and the model registry with stages and lineage; ViewModels here never touch nodes.
 */
package io.sightline.app.workspace.scientist;
