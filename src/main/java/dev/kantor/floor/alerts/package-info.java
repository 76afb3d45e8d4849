/**
 * Short-staffed: the detector (present or expected below the requirement now or next), the alerts
 * it opens (one per queue and short stretch, checked by one node at a time), the notices to the
 * responsible managers and the e-mail when nobody answers in time.
 */
package dev.kantor.floor.alerts;
