/**
 * The customer case side of internal requests: a refund or replacement carried out on a case files its request
 * once; what a case waits on; the case and its portal told once when the request is resolved.
 */
package dev.kantor.service.cases;
