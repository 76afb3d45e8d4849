-- Routing: who works remotely today, kept in memory by each node for "who can help now", is read again on every
-- node once this count moves (someone's whereabouts or a telework arrangement changed).
insert into routing_change (subject) values ('whereabouts');
