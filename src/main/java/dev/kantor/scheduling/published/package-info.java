/** Reading what was published last: the shifts in force, with their breaks. */
package dev.kantor.scheduling.published;
