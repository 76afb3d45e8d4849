-- why a mailbox last failed, as a message key shown in the reader's language, and the server's own text
alter table mailin_mailbox add column last_error_key varchar(100);
alter table mailin_mailbox add column last_error_detail varchar(500);
