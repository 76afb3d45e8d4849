package dev.kantor.staffing.queues;

/**
 * The fields the calculator and a work queue's form share: how long a contact takes, the service
 * target, the occupancy cap, shrinkage, customers' patience and the abandonment cap, with the defaults
 * both start from.
 */
public abstract class ServiceFields {

    private Double ahtSeconds;
    private Double serviceLevelPercent = 80.0;
    private Double targetSeconds = 20.0;
    private Double maxAsaSeconds;
    private Double maxOccupancyPercent = 85.0;
    private Double shrinkagePercent = 30.0;
    private Double patienceSeconds;
    private Double maxAbandonPercent;

    public Double getAhtSeconds() {
        return ahtSeconds;
    }

    public void setAhtSeconds(Double ahtSeconds) {
        this.ahtSeconds = ahtSeconds;
    }

    public Double getServiceLevelPercent() {
        return serviceLevelPercent;
    }

    public void setServiceLevelPercent(Double serviceLevelPercent) {
        this.serviceLevelPercent = serviceLevelPercent;
    }

    public Double getTargetSeconds() {
        return targetSeconds;
    }

    public void setTargetSeconds(Double targetSeconds) {
        this.targetSeconds = targetSeconds;
    }

    public Double getMaxAsaSeconds() {
        return maxAsaSeconds;
    }

    public void setMaxAsaSeconds(Double maxAsaSeconds) {
        this.maxAsaSeconds = maxAsaSeconds;
    }

    public Double getMaxOccupancyPercent() {
        return maxOccupancyPercent;
    }

    public void setMaxOccupancyPercent(Double maxOccupancyPercent) {
        this.maxOccupancyPercent = maxOccupancyPercent;
    }

    public Double getShrinkagePercent() {
        return shrinkagePercent;
    }

    public void setShrinkagePercent(Double shrinkagePercent) {
        this.shrinkagePercent = shrinkagePercent;
    }

    public Double getPatienceSeconds() {
        return patienceSeconds;
    }

    public void setPatienceSeconds(Double patienceSeconds) {
        this.patienceSeconds = patienceSeconds;
    }

    public Double getMaxAbandonPercent() {
        return maxAbandonPercent;
    }

    public void setMaxAbandonPercent(Double maxAbandonPercent) {
        this.maxAbandonPercent = maxAbandonPercent;
    }
}
