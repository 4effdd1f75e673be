-- Phase 3: a session is now the Redis key shop:session:<jti> of a signed JWT, which expires with the token and which
-- the gateway checks on every request. The table that held phase 2's opaque-token sessions has no reader left.
DROP TABLE sessions;
