-- The test application's own tables, beside the messaging module's (db/messaging/V100__messaging.sql).

-- What it publishes about: a note on an order, written in the same transaction as its OrderNoted outbox row.
CREATE TABLE notes (
    id       BIGSERIAL   PRIMARY KEY,
    event_id UUID        NOT NULL,
    order_id VARCHAR(64) NOT NULL,
    sequence INTEGER     NOT NULL
);

-- What its consumer does with each OrderNoted it receives: one row per application of the effect. Deliberately no
-- unique key on event_id: a duplicated effect must show up as a second row, not be stopped by the table, so that the
-- tests see whether ProcessedMessages did its job.
CREATE TABLE effects (
    id         BIGSERIAL   PRIMARY KEY,
    event_id   UUID        NOT NULL,
    order_id   VARCHAR(64) NOT NULL,
    sequence   INTEGER     NOT NULL,
    applied_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
