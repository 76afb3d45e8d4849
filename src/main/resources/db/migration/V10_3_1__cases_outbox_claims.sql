-- The outbox claims a mail for a while, sends it, then marks it sent: a node that dies while
-- sending leaves a claim that runs out, and the mail is sent again with the same Message-ID.
alter table outbox_mail add column message_id varchar(250);
-- how often a node began to send it; a failed mail waits until next_attempt_at
alter table outbox_mail add column attempts integer not null default 0;
alter table outbox_mail add column next_attempt_at timestamp with time zone;
-- the node holding the mail while it sends it, and until when no other node may take it
alter table outbox_mail add column claimed_by varchar(200);
alter table outbox_mail add column claimed_until timestamp with time zone;

create index outbox_mail_unsent on outbox_mail (sent_at, next_attempt_at);
