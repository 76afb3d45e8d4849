-- Inbound e-mail: an IMAP password is stored sealed (AES-GCM, "v1:" and base64 of IV and ciphertext), which is
-- longer than the 500 characters a password may have; passwords stored plain before are sealed on the next start.
alter table mailin_mailbox alter column password set data type varchar(2200);

-- A mailbox opens its cases on a topic, or in a team's queue (a department, as routing's topics name the team
-- whose queue they fall back to): one of the two.
alter table mailin_mailbox alter column topic drop not null;
alter table mailin_mailbox add column team_department_id bigint;
alter table mailin_mailbox add constraint mailin_mailbox_topic_or_team
    check ((topic is null) <> (team_department_id is null));

-- A mailbox deleted by an admin is gone from every page, the API, health and the readers, and its password and
-- webhook secret are erased; its row stays, without them, so that the mails it received keep their record (the
-- Message-IDs that make a mail handled once, and the cases they reached).
alter table mailin_mailbox add column deleted_at timestamp with time zone;
