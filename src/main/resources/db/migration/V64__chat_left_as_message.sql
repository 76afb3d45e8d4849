-- Web chat: a customer nobody could serve leaves their question as a message instead of waiting; the chat ends
-- and its case is answered by e-mail. When they did, so that their page says so after a reload.
alter table chat_conversation add column left_as_message_at timestamp with time zone;
