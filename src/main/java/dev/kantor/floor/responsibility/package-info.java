/** Which department answers for each front-office queue: its managers are the ones the floor alerts. */
package dev.kantor.floor.responsibility;
