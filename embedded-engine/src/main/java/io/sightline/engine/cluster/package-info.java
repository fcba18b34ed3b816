/**
 * Several engine nodes on one database: how a node is configured, the leases under which one node at a time
 * runs a queued job, and the store that shares the bytes of datasets and models through the database.
 */
package io.sightline.engine.cluster;
