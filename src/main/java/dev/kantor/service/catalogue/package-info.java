/** The service catalogue: each back-office department's services with their forms and targets, pages and REST API. */
package dev.kantor.service.catalogue;
