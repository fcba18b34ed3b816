/**
 * Alert rules on any monitored metric or drift score, the alerts they fire (firing → acknowledged → resolved,
 * with their history), and the notifications sent for them.
 */
package io.sightline.engine.alert;
