package dev.kantor.mailin.receiving;

import dev.kantor.mailin.mailboxes.Mailbox;
import dev.kantor.mailin.mailboxes.MailboxDetails;
import dev.kantor.mailin.mailboxes.MailboxMode;

/** The mailbox form; its password is never filled in from what is stored. */
public class MailboxForm {

    private String name;
    private MailboxMode mode = MailboxMode.IMAP;
    private String host;
    private Integer port = 993;
    private String username;
    private String password;
    private String folder = "INBOX";
    private String topic;
    private Long teamDepartmentId;
    private String language = "id";
    private Integer reopenDays = 14;
    private boolean active = true;

    static MailboxForm of(Mailbox m) {
        MailboxForm f = new MailboxForm();
        f.name = m.name();
        f.mode = m.mode();
        f.host = m.host();
        f.port = m.port();
        f.username = m.username();
        f.folder = m.folder();
        f.topic = m.topic();
        f.teamDepartmentId = m.teamDepartmentId();
        f.language = m.language();
        f.reopenDays = m.reopenDays();
        f.active = m.active();
        return f;
    }

    MailboxDetails details() {
        return new MailboxDetails(
                name,
                mode,
                host,
                port,
                username,
                password,
                folder,
                topic == null || topic.isBlank() ? null : topic,
                teamDepartmentId,
                language,
                reopenDays,
                active);
    }

    @Override
    public String toString() {
        return details().toString();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public MailboxMode getMode() {
        return mode;
    }

    public void setMode(MailboxMode mode) {
        this.mode = mode;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getFolder() {
        return folder;
    }

    public void setFolder(String folder) {
        this.folder = folder;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public Long getTeamDepartmentId() {
        return teamDepartmentId;
    }

    public void setTeamDepartmentId(Long teamDepartmentId) {
        this.teamDepartmentId = teamDepartmentId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Integer getReopenDays() {
        return reopenDays;
    }

    public void setReopenDays(Integer reopenDays) {
        this.reopenDays = reopenDays;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
