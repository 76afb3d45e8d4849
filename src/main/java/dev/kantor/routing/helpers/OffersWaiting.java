package dev.kantor.routing.helpers;

import java.util.Collection;
import java.util.Map;

/** Handoffs waiting for each person's answer: part of how loaded they are. The handoffs feature keeps them. */
public interface OffersWaiting {

    /** How many offers wait for each of these people's answer; someone with none is left out. */
    Map<Long, Integer> openOffersTo(Collection<Long> employeeIds);
}
