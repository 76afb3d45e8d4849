-- Cases: the HTML of a customer's mail, sanitised (no script, style, form or image), shown to staff on the case
-- page for the customer message it came as; the message's text stays in case_entry for search, previews and
-- the customer's own view.
create table case_entry_html (
    entry_id bigint not null primary key references case_entry (id) on delete cascade,
    html     text   not null
);
