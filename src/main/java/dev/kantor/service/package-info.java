/**
 * The back office serves the front office: each department's catalogue of internal services, internal
 * requests filed, followed, worked in the handling department's queue against an internal target in
 * business hours, and rated; the customer cases waiting on the back office.
 *
 * <p>Its API: {@link dev.kantor.service.ServiceHistory} (define a service, import past requests: the demo
 * company's history) with {@link dev.kantor.service.ServiceDefinition}, {@link dev.kantor.service.FieldDefinition},
 * {@link dev.kantor.service.FieldKind} and {@link dev.kantor.service.PastRequest}, and the events
 * {@link dev.kantor.service.InternalRequestFiled}, {@link dev.kantor.service.InternalRequestResolved} and
 * {@link dev.kantor.service.InternalRequestRated}. It
 * listens to cases' {@code ResolutionCarriedOut} and {@code ResolutionApproved} (a refund or replacement files
 * its back-office request by itself, once) and implements cases' {@code InternalWork} (what a case waits on).
 * Inside: {@code catalogue} (services and their forms, pages and REST API), {@code requests} (filing,
 * following, the queue, the target clock, files, who sees what), {@code cases} (the customer case side),
 * {@code dashboard} (the back-office manager's page).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Internal service",
        allowedDependencies = {"cases", "routing", "people", "calendar", "platform"})
package dev.kantor.service;
