package dev.kantor.cases.views;

import java.util.Map;

/**
 * The form that saves a view of the queue (from the filters and order on show, which it carries
 * unseen) or renames one, as the browser sends it.
 */
public class ViewForm {

    private String name;
    private boolean makeDefault;
    private int version;

    private String status;
    private String priority;
    private String topic;
    private String channel;
    private String type;
    private String sla;
    private String owner;
    private String q;
    private String sort;
    private String dir;

    /** A new view of what the queue shows. */
    public static ViewForm of(ViewCriteria criteria) {
        ViewForm form = new ViewForm();
        Map<String, String> p = ViewParameters.of(criteria);
        form.status = p.get("status");
        form.priority = p.get("priority");
        form.topic = p.get("topic");
        form.channel = p.get("channel");
        form.type = p.get("type");
        form.sla = p.get("sla");
        form.owner = p.get("owner");
        form.q = p.get("q");
        form.sort = p.get("sort");
        form.dir = p.get("dir");
        return form;
    }

    /** A saved view, to rename. */
    static ViewForm of(SavedView view, boolean isDefault) {
        ViewForm form = of(view.criteria());
        form.name = view.getName();
        form.makeDefault = isDefault;
        form.version = view.getVersion();
        return form;
    }

    /** The filters and order the form carries. */
    public ViewCriteria criteria() {
        return new ViewParameters(status, priority, topic, channel, type, sla, owner, q, sort, dir).criteria();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isMakeDefault() {
        return makeDefault;
    }

    public void setMakeDefault(boolean makeDefault) {
        this.makeDefault = makeDefault;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getSla() {
        return sla;
    }

    public void setSla(String sla) {
        this.sla = sla;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getDir() {
        return dir;
    }

    public void setDir(String dir) {
        this.dir = dir;
    }
}
