/**
 * Storage: the JDBC database (H2 file by default, PostgreSQL for clusters) with its Flyway migrations,
 * transactions, the JSON mapping of records, and the persisted, numbered event log.
 */
package io.sightline.engine.store;
