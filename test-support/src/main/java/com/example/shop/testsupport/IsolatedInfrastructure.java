package com.example.shop.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * A PostgreSQL database and a RabbitMQ virtual host of the test's own, for a service whose tests start several
 * application contexts side by side (the context cache keeps them alive): each context's listeners and outbox relay
 * then see only its own database and virtual host, never another context's messages or rows. Both are named by
 * {@value Infrastructure#TEST_NAME}, which the test class sets; contexts that share a name share them (two contexts
 * of one service started one after the other, say). With delayed jobs in Redis, add {@link IsolatedRedis}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({PostgresTestConfiguration.class, RabbitTestConfiguration.class})
public class IsolatedInfrastructure {}
