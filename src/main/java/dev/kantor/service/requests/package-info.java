/**
 * Internal requests: filed with a service's form, followed, commented, worked in the handling department's
 * queue against the internal target clock, resolved and rated; their files; who sees what.
 */
package dev.kantor.service.requests;
