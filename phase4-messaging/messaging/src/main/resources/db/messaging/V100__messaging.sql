-- What every service that publishes or consumes messages keeps in its own database (com.example.shop.messaging).

-- Messages to publish, written in the same transaction as the change they announce (Outbox); the relay publishes
-- them in id order per aggregate and marks them sent once RabbitMQ confirmed them (OutboxRelay).
CREATE TABLE outbox (
    id           BIGSERIAL    PRIMARY KEY,
    message_id   UUID         NOT NULL UNIQUE,
    aggregate_id VARCHAR(64)  NOT NULL,
    exchange     VARCHAR(64)  NOT NULL,
    routing_key  VARCHAR(128) NOT NULL,
    type         VARCHAR(64)  NOT NULL,
    payload      TEXT         NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE
);
-- the relay's question: the oldest unsent message of each aggregate
CREATE INDEX outbox_unsent ON outbox (aggregate_id, id) WHERE sent_at IS NULL;

-- The messages a consumer has processed, written in the same transaction as their effect (ProcessedMessages).
CREATE TABLE processed_messages (
    message_id   UUID        NOT NULL,
    consumer     VARCHAR(64) NOT NULL,
    processed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (message_id, consumer)
);

-- Messages that failed every attempt or could not be read, parked for an operator (DeadLetters).
CREATE TABLE dead_letters (
    id          UUID          PRIMARY KEY,
    queue       VARCHAR(128)  NOT NULL,
    message_id  VARCHAR(64),
    type        VARCHAR(64),
    reason      VARCHAR(1000) NOT NULL,
    attempts    INTEGER       NOT NULL,
    payload     TEXT          NOT NULL,
    headers     TEXT          NOT NULL,
    dead_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX dead_letters_queue ON dead_letters (queue, dead_at);
