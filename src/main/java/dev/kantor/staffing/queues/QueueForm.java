package dev.kantor.staffing.queues;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

import dev.kantor.calendar.OpeningHours;
import dev.kantor.staffing.DayHours;
import dev.kantor.staffing.QueueChannel;
import dev.kantor.staffing.QueueDetails;

/** The work queue form as the browser sends it: one row of opening hours per weekday. */
class QueueForm extends ServiceFields {

    /** A weekday's hours; both empty means closed. */
    public static class DayForm {
        private DayOfWeek day;
        private String opens;
        private String closes;

        public DayForm() {}

        DayForm(DayOfWeek day, String opens, String closes) {
            this.day = day;
            this.opens = opens;
            this.closes = closes;
        }

        public DayOfWeek getDay() {
            return day;
        }

        public void setDay(DayOfWeek day) {
            this.day = day;
        }

        public String getOpens() {
            return opens;
        }

        public void setOpens(String opens) {
            this.opens = opens;
        }

        public String getCloses() {
            return closes;
        }

        public void setCloses(String closes) {
            this.closes = closes;
        }
    }

    private String name;
    private QueueChannel channel;
    private List<DayForm> days = new ArrayList<>();
    private int version;

    /** A new queue's form: open Monday to Friday 08:00–17:00 and Saturday 09:00–14:00, as the business is. */
    static QueueForm blank() {
        QueueForm form = new QueueForm();
        for (DayOfWeek day : DayOfWeek.values()) {
            boolean weekday = day.getValue() <= 5;
            boolean saturday = day == DayOfWeek.SATURDAY;
            form.days.add(new DayForm(
                    day, weekday ? "08:00" : saturday ? "09:00" : "", weekday ? "17:00" : saturday ? "14:00" : ""));
        }
        return form;
    }

    static QueueForm of(WorkQueue q) {
        QueueForm form = new QueueForm();
        for (DayOfWeek day : DayOfWeek.values()) {
            OpeningHours h = q.hoursOn(day);
            form.days.add(new DayForm(
                    day,
                    h == null ? "" : h.opens().toString(),
                    h == null ? "" : h.closes().toString()));
        }
        form.name = q.name();
        form.channel = q.channel();
        form.setAhtSeconds(q.ahtSeconds());
        form.setServiceLevelPercent(q.serviceLevelPercent());
        form.setTargetSeconds(q.targetSeconds());
        form.setMaxAsaSeconds(q.maxAsaSeconds());
        form.setMaxOccupancyPercent(q.maxOccupancyPercent());
        form.setShrinkagePercent(q.shrinkagePercent());
        form.setPatienceSeconds(q.patienceSeconds());
        form.setMaxAbandonPercent(q.maxAbandonPercent());
        form.version = q.version();
        return form;
    }

    QueueDetails details() {
        List<DayHours> hours =
                days.stream().map(d -> new DayHours(d.day, d.opens, d.closes)).toList();
        return new QueueDetails(
                name,
                channel,
                hours,
                getAhtSeconds(),
                getServiceLevelPercent(),
                getTargetSeconds(),
                getMaxAsaSeconds(),
                getMaxOccupancyPercent(),
                getShrinkagePercent(),
                getPatienceSeconds(),
                getMaxAbandonPercent());
    }

    /** Where the form shows a rule's field: a weekday's hours next to its opening time. */
    String fieldOf(String field) {
        if (field.startsWith("hours.")) {
            for (int i = 0; i < days.size(); i++) {
                if (days.get(i).day != null && field.equals("hours." + days.get(i).day)) {
                    return "days[" + i + "].opens";
                }
            }
            return "name";
        }
        return "hours".equals(field) ? "name" : field;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public QueueChannel getChannel() {
        return channel;
    }

    public void setChannel(QueueChannel channel) {
        this.channel = channel;
    }

    public List<DayForm> getDays() {
        return days;
    }

    public void setDays(List<DayForm> days) {
        this.days = days;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
