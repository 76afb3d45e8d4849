/**
 * No wrong door: the topics customers need help with, who is present, who can help now, and
 * warm handoffs that a colleague accepts before the customer is let go, falling back to the
 * team queue with the manager alerted so that no handoff ever dead-ends.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Routing")
package dev.kantor.routing;
