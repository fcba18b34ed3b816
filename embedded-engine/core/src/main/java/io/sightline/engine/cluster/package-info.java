/**
 * Several engine nodes on one database: how a node names itself, whether a process is alive, and the store
 * that shares the bytes of datasets and models through the database.
 */
package io.sightline.engine.cluster;
