/** Live platform events over Server-Sent Events, resumable by event id, with heartbeats. */
package io.sightline.engine.server.events;
