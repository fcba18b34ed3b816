/**
 * The Audit log page of the shell: every change made to the connected platform, filtered by who, what, which
 * subject and when, the chain checked in plain words, and the entries exported to CSV or JSON.
 */
package io.sightline.app.shell.audit;
