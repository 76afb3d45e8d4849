/**
 * No wrong door: the topics customers need help with, who is present, who can help now, and
 * warm handoffs that a colleague accepts before the customer is let go, falling back to the
 * team queue with the manager alerted so that no handoff ever dead-ends.
 *
 * <p>The API: {@link dev.kantor.routing.TopicCatalogue}, {@link dev.kantor.routing.WhoCanHelp},
 * {@link dev.kantor.routing.PresenceBoard}; the handoff events ({@code Handoff*ed}, from
 * {@link dev.kantor.routing.HandoffStarted} on); and {@link dev.kantor.routing.HandoffCases},
 * which the cases module implements, and {@link dev.kantor.routing.ScheduledPresence}, which the
 * scheduling module implements so that presence follows published schedules. Features: {@code topics}, {@code presence}, {@code helpers},
 * {@code handoffs}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Routing",
        allowedDependencies = {"people", "calendar", "platform"})
package dev.kantor.routing;
