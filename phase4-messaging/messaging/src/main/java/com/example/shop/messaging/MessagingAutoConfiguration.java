package com.example.shop.messaging;

import java.time.Clock;
import java.util.List;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.annotation.RabbitListenerConfigurer;
import org.springframework.amqp.rabbit.config.RetryInterceptorBuilder;
import org.springframework.amqp.rabbit.config.SimpleRabbitListenerContainerFactory;
import org.springframework.amqp.rabbit.config.SimpleRabbitListenerEndpoint;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Messaging as every service of phase 4 does it: the whole topology declared, the outbox and its relay, idempotent
 * consumers, retries and dead letters. Auto-configured for each service that depends on this module.
 *
 * <p>Listeners are acknowledged after they return (AUTO). A listener that throws is not retried in place: the
 * message is moved to a retry queue or the dead letters by {@link RetryOrDeadLetter}, and then acknowledged. One
 * consumer thread per queue keeps the messages of a queue in the order they arrived.
 */
// Before Boot's RabbitMQ auto-configuration: its listener container factory of the same name then backs off.
@AutoConfiguration(
        beforeName = "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration",
        afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@EnableConfigurationProperties(MessagingProperties.class)
@Import(DeadLetterController.class)
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Declarables topology(MessagingProperties properties) {
        return new Declarables(Topology.declarables(properties.retryDelays()));
    }

    @Bean
    Outbox outbox(
            JdbcTemplate jdbc,
            JsonMapper json,
            Clock clock,
            MessagingProperties properties,
            ObjectProvider<OutboxRelay> relay) {
        Runnable afterCommit = properties.relayOnCommit() ? () -> relay.ifAvailable(OutboxRelay::wakeUp) : () -> {};
        return new Outbox(jdbc, json, clock, afterCommit);
    }

    @Bean
    OutboxRelay outboxRelay(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            RabbitTemplate rabbit,
            MessagingProperties properties,
            Clock clock) {
        return new OutboxRelay(jdbc, new TransactionTemplate(transactions), rabbit, properties, clock);
    }

    @Bean
    ProcessedMessages processedMessages(JdbcTemplate jdbc, Clock clock) {
        return new ProcessedMessages(jdbc, clock);
    }

    @Bean
    DeadLetters deadLetters(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            RabbitTemplate rabbit,
            MessagingProperties properties,
            Clock clock,
            @Value("${spring.application.name}") String service) {
        return new DeadLetters(jdbc, new TransactionTemplate(transactions), rabbit, properties, clock, service);
    }

    @Bean
    SimpleRabbitListenerContainerFactory rabbitListenerContainerFactory(
            ConnectionFactory connections, RabbitTemplate rabbit, MessagingProperties properties) {
        MethodInterceptor retryOrDeadLetter = RetryInterceptorBuilder.stateless()
                .maxRetries(0)
                .recoverer(new RetryOrDeadLetter(rabbit, properties))
                .build();
        SimpleRabbitListenerContainerFactory factory = new SimpleRabbitListenerContainerFactory();
        factory.setConnectionFactory(connections);
        factory.setAcknowledgeMode(AcknowledgeMode.AUTO);
        factory.setConcurrentConsumers(1);
        factory.setPrefetchCount(10);
        factory.setDefaultRequeueRejected(false);
        factory.setAdviceChain(retryOrDeadLetter);
        return factory;
    }

    /** Takes this service's dead-letter queues into its {@code dead_letters} table, if it consumes any queue. */
    @Bean
    RabbitListenerConfigurer deadLetterParking(
            DeadLetters deadLetters, @Value("${spring.application.name}") String service) {
        return registrar -> {
            List<String> queues = Topology.queuesOf(service).stream()
                    .map(queue -> Topology.deadLetterQueue(queue.name()))
                    .toList();
            if (queues.isEmpty()) {
                return;
            }
            SimpleRabbitListenerEndpoint endpoint = new SimpleRabbitListenerEndpoint();
            endpoint.setId("dead-letter-parking");
            endpoint.setQueueNames(queues.toArray(String[]::new));
            endpoint.setMessageListener(deadLetters);
            registrar.registerEndpoint(endpoint);
        };
    }
}
