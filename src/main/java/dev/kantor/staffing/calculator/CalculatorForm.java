package dev.kantor.staffing.calculator;

import dev.kantor.staffing.queues.ServiceFields;
import dev.kantor.staffing.requirement.StaffingQuestion;

/** The calculator form as the browser sends it; the interval in minutes, as people think of it. */
class CalculatorForm extends ServiceFields {

    private Double contacts;
    private Double intervalMinutes = 15.0;

    StaffingQuestion question() {
        return new StaffingQuestion(
                contacts,
                intervalMinutes == null ? null : intervalMinutes * 60,
                getAhtSeconds(),
                getPatienceSeconds(),
                getServiceLevelPercent(),
                getTargetSeconds(),
                getMaxAsaSeconds(),
                getMaxOccupancyPercent(),
                getShrinkagePercent(),
                getMaxAbandonPercent());
    }

    public Double getContacts() {
        return contacts;
    }

    public void setContacts(Double contacts) {
        this.contacts = contacts;
    }

    public Double getIntervalMinutes() {
        return intervalMinutes;
    }

    public void setIntervalMinutes(Double intervalMinutes) {
        this.intervalMinutes = intervalMinutes;
    }
}
