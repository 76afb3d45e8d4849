package dev.kantor.staffing.web;

import dev.kantor.staffing.StaffingQuestion;

/** The calculator form as the browser sends it; the interval in minutes, as people think of it. */
public class CalculatorForm {

    private Double contacts;
    private Double intervalMinutes = 15.0;
    private Double ahtSeconds;
    private Double serviceLevelPercent = 80.0;
    private Double targetSeconds = 20.0;
    private Double maxAsaSeconds;
    private Double maxOccupancyPercent = 85.0;
    private Double shrinkagePercent = 30.0;
    private Double patienceSeconds;

    StaffingQuestion question() {
        return new StaffingQuestion(contacts, intervalMinutes == null ? null : intervalMinutes * 60, ahtSeconds,
                patienceSeconds, serviceLevelPercent, targetSeconds, maxAsaSeconds, maxOccupancyPercent,
                shrinkagePercent);
    }

    public Double getContacts() { return contacts; }
    public void setContacts(Double contacts) { this.contacts = contacts; }
    public Double getIntervalMinutes() { return intervalMinutes; }
    public void setIntervalMinutes(Double intervalMinutes) { this.intervalMinutes = intervalMinutes; }
    public Double getAhtSeconds() { return ahtSeconds; }
    public void setAhtSeconds(Double ahtSeconds) { this.ahtSeconds = ahtSeconds; }
    public Double getServiceLevelPercent() { return serviceLevelPercent; }
    public void setServiceLevelPercent(Double serviceLevelPercent) { this.serviceLevelPercent = serviceLevelPercent; }
    public Double getTargetSeconds() { return targetSeconds; }
    public void setTargetSeconds(Double targetSeconds) { this.targetSeconds = targetSeconds; }
    public Double getMaxAsaSeconds() { return maxAsaSeconds; }
    public void setMaxAsaSeconds(Double maxAsaSeconds) { this.maxAsaSeconds = maxAsaSeconds; }
    public Double getMaxOccupancyPercent() { return maxOccupancyPercent; }
    public void setMaxOccupancyPercent(Double maxOccupancyPercent) { this.maxOccupancyPercent = maxOccupancyPercent; }
    public Double getShrinkagePercent() { return shrinkagePercent; }
    public void setShrinkagePercent(Double shrinkagePercent) { this.shrinkagePercent = shrinkagePercent; }
    public Double getPatienceSeconds() { return patienceSeconds; }
    public void setPatienceSeconds(Double patienceSeconds) { this.patienceSeconds = patienceSeconds; }
}
