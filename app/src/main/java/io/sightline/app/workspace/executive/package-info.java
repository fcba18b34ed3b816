/**
 * The executive's workspace: KPI tiles (TilesFX) — fraud prevention rate, losses prevented, false-positive
 * rate, models in production, deployments this week, time from training to production, latency and
 * availability — each computed from the platform's own records by the formulas written in {@link
 * io.sightline.app.workspace.executive.Kpis}, with a trend, labelled "Simulated" or "Live", and saying so
 * plainly when there is not enough data yet.
 */
package io.sightline.app.workspace.executive;
