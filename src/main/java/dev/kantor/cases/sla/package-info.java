/** Service targets per case type and priority, and the service clocks counted in business time. */
package dev.kantor.cases.sla;
