-- A manager signs off each version whose scope is narrower than everyone before HR may publish it: who and when.
-- Changing a signed draft clears its sign-off, so that what is published is what the manager signed.
alter table policy_version add column signed_off_by varchar(60);
alter table policy_version add column signed_off_at timestamp with time zone;
