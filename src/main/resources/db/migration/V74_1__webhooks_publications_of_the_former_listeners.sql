-- Webhook deliveries of events published before the one relay: each relayed event used to be heard by a
-- listener of its own (RelayedEvents.on(<event>)), and the registry kept its publications under that
-- listener's id. One relay (listener id webhooks-relay) hears every relayed event now and reads the same
-- serialized events, so a publication still waiting for a former listener is handed to it, marked failed so
-- that the next start or the next redelivery round (platform.events.EventRedelivery) delivers it. The relay
-- writes a delivery once per subscription and event, so none goes out twice.
update event_publication
set listener_id = 'webhooks-relay', status = 'FAILED'
where listener_id like 'dev.kantor.webhooks.delivery.RelayedEvents.on(%'
  and completion_date is null;
