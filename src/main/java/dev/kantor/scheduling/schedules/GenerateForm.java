package dev.kantor.scheduling.schedules;

import java.time.LocalDate;

import dev.kantor.scheduling.RequirementSource;

import org.springframework.format.annotation.DateTimeFormat;

/** The form that generates a queue's week: the queue, the week's Monday, the requirement and the time limit. */
public class GenerateForm {

    private Long queueId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate monday;

    private RequirementSource source = RequirementSource.STAFFING_SCHEDULED;
    private String requirement;
    private Integer timeLimitSeconds;

    public Long getQueueId() {
        return queueId;
    }

    public void setQueueId(Long queueId) {
        this.queueId = queueId;
    }

    public LocalDate getMonday() {
        return monday;
    }

    public void setMonday(LocalDate monday) {
        this.monday = monday;
    }

    public RequirementSource getSource() {
        return source;
    }

    public void setSource(RequirementSource source) {
        this.source = source;
    }

    public String getRequirement() {
        return requirement;
    }

    public void setRequirement(String requirement) {
        this.requirement = requirement;
    }

    public Integer getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public void setTimeLimitSeconds(Integer timeLimitSeconds) {
        this.timeLimitSeconds = timeLimitSeconds;
    }
}
