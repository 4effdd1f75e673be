-- Phase 2+: one database per service, all owned by the `shop` user the compose file creates. The official
-- postgres image runs this once, when its data volume is new.
CREATE DATABASE users OWNER shop;
CREATE DATABASE products OWNER shop;
CREATE DATABASE inventory OWNER shop;
CREATE DATABASE orders OWNER shop;
CREATE DATABASE payments OWNER shop;
CREATE DATABASE notifications OWNER shop;
