-- Phase 4: a notification per order event, numbered for the live stream.
-- event_id: the event it announces, so that a redelivered event cannot notify twice (ProcessedMessages already
-- prevents it; the constraint says so in the schema).
-- seq: its place among all notifications, the live stream's event id: a reconnecting stream asks for what came after
-- the last one it saw (Last-Event-ID).
ALTER TABLE notifications ADD COLUMN event_id UUID UNIQUE;
ALTER TABLE notifications ADD COLUMN seq BIGSERIAL;
CREATE INDEX notifications_customer_seq ON notifications (customer_id, seq);
