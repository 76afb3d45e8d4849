/** Every case's append-only timeline, and the one rule that decides what of it the customer reads. */
package dev.kantor.cases.timeline;
