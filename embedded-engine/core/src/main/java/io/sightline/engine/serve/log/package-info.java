/**
 * The prediction log's storage: predictions kept as compressed columnar blocks in the database, one index row
 * per block, read back as primitive arrays by every report that reads the log.
 */
package io.sightline.engine.serve.log;
