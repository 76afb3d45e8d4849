/**
 * Work arrangements asked for, withdrawn and decided: the request rules against the policy in force, who sees and
 * decides what (the employee their own, the manager their reports', HR all, admins decide too), the coverage check
 * on approval, the pages, the REST API and the notices to the manager and the employee.
 */
package dev.kantor.arrangements.requests;
