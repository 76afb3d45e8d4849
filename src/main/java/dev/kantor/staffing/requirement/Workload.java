package dev.kantor.staffing.requirement;

/**
 * The contacts offered in one interval. Contacts, the interval and handling time are in one time
 * unit (seconds here): the traffic is A = contacts × AHT / interval Erlangs, the average number
 * of contacts being handled at once if each were answered immediately.
 *
 * @param patienceSeconds mean time a waiting contact holds on before giving up, exponentially
 *                        distributed; null when contacts wait as long as it takes (Erlang C)
 */
record Workload(double contacts, double intervalSeconds, double handlingSeconds, Double patienceSeconds) {

    public double trafficErlangs() {
        return contacts * handlingSeconds / intervalSeconds;
    }

    public boolean abandons() {
        return patienceSeconds != null;
    }
}
