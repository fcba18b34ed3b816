/**
 * Data in: CSV import (delimiter, encoding and quoting detection), column type inference, profiles, the
 * checks that refuse a bad file in plain words, and the in-memory {@link io.sightline.engine.data.Table} that
 * training reads.
 */
package io.sightline.engine.data;
