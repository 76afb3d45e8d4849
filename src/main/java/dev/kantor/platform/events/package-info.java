/** How modules hear of each other's events: listener annotations and the registry's upkeep. */
package dev.kantor.platform.events;
