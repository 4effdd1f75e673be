package com.example.shop.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.shop.messaging.testapp.Delivery;
import com.example.shop.messaging.testapp.Effects;
import com.example.shop.messaging.testapp.Notes;
import com.example.shop.messaging.testapp.OrderNoted;
import com.example.shop.messaging.testapp.OrderNotedListener;
import com.example.shop.messaging.testapp.ReliabilityCounts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A message whose effect keeps failing (a "poison message") is retried through the retry queues with the configured
 * delays (200 ms, then 400 ms here), parked as a dead letter after the last attempt, and re-driven once the cause is
 * fixed; one that cannot be read is parked at once. The relay runs on its schedule, as in a service.
 */
@MessagingIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "shop.test.name=messaging_retry_dead_letter")
class RetryAndDeadLetterIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String QUEUE = Topology.NOTIFICATION_EVENTS;

    @Autowired
    Notes notes;

    @Autowired
    OrderNotedListener listener;

    @Autowired
    Effects effects;

    @Autowired
    DeadLetters deadLetters;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void noDeadLettersYet() {
        deadLetters.list().forEach(letter -> deadLetters.discard(letter.id()));
    }

    @Test
    void aMessageThatKeepsFailingIsRetriedAfterEachDelayThenParkedWithItsReasonAndAttempts() {
        String order = anOrder();
        listener.poison(order);

        OrderNoted noted = notes.note(order, 1);

        DeadLetter parked = awaitDeadLetter(noted.eventId());
        assertThat(parked.queue()).isEqualTo(QUEUE);
        assertThat(parked.attempts()).isEqualTo(3);
        assertThat(parked.type()).isEqualTo("OrderNoted");
        assertThat(parked.reason()).startsWith("IllegalStateException: cannot apply note 1 of order " + order);
        List<Delivery> attempts = listener.deliveriesOf(noted.eventId());
        assertThat(attempts).extracting(Delivery::attempt).containsExactly(1, 2, 3);
        assertThat(Duration.between(
                        attempts.get(0).receivedAt(), attempts.get(1).receivedAt()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(Duration.between(
                        attempts.get(1).receivedAt(), attempts.get(2).receivedAt()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(effects.timesApplied(noted.eventId())).isZero();
    }

    @Test
    void aDeadLetterReDrivenOnceTheCauseIsFixedHasItsEffectOnce() {
        String order = anOrder();
        listener.poison(order);
        OrderNoted noted = notes.note(order, 1);
        DeadLetter parked = awaitDeadLetter(noted.eventId());

        listener.heal(order);
        assertThat(deadLetters.redrive(parked.id())).isTrue();

        await().atMost(WAIT).until(() -> effects.timesApplied(noted.eventId()) == 1);
        assertThat(deadLetters.find(parked.id())).isEmpty();
        assertThat(listener.deliveriesOf(noted.eventId()))
                .last()
                .extracting(Delivery::attempt)
                .isEqualTo(1);
        ReliabilityCounts counts = effects.countsFor(List.of(noted.eventId())).print("poison message re-driven");
        assertThat(counts).isEqualTo(new ReliabilityCounts(1, 1, 0, 0));
    }

    @Test
    void onlyAnAdminListsAndReDrivesDeadLettersOverHttp() throws Exception {
        String order = anOrder();
        listener.poison(order);
        OrderNoted noted = notes.note(order, 1);
        DeadLetter parked = awaitDeadLetter(noted.eventId());
        listener.heal(order);

        mvc.perform(get("/api/admin/dead-letters").with(as("CUSTOMER"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/admin/dead-letters/{id}/redrive", parked.id()).with(as("CUSTOMER")))
                .andExpect(status().isForbidden());
        assertThat(deadLetters.find(parked.id())).isPresent();

        mvc.perform(get("/api/admin/dead-letters").with(as("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(parked.id().toString()))
                .andExpect(jsonPath("$[0].service").value("notification-service"))
                .andExpect(jsonPath("$[0].queue").value(QUEUE))
                .andExpect(jsonPath("$[0].messageId").value(noted.eventId().toString()))
                .andExpect(jsonPath("$[0].attempts").value(3))
                .andExpect(jsonPath("$[0].reason").value(startsWith("IllegalStateException")))
                .andExpect(jsonPath("$[0].payload").value(startsWith("{")));
        mvc.perform(post("/api/admin/dead-letters/{id}/redrive", parked.id()).with(as("ADMIN")))
                .andExpect(status().isNoContent());

        await().atMost(WAIT).until(() -> effects.timesApplied(noted.eventId()) == 1);
        ReliabilityCounts counts =
                effects.countsFor(List.of(noted.eventId())).print("poison message re-driven over HTTP");
        assertThat(counts).isEqualTo(new ReliabilityCounts(1, 1, 0, 0));
    }

    @Test
    void anAdminReDrivesEveryDeadLetterOfAQueueAtOnce() throws Exception {
        List<String> orders = List.of(anOrder(), anOrder());
        orders.forEach(listener::poison);
        List<UUID> accepted =
                orders.stream().map(order -> notes.note(order, 1).eventId()).toList();
        accepted.forEach(this::awaitDeadLetter);
        orders.forEach(listener::heal);

        mvc.perform(post("/api/admin/dead-letters/redrive")
                        .param("queue", QUEUE)
                        .with(as("CUSTOMER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/admin/dead-letters/redrive")
                        .param("queue", QUEUE)
                        .with(as("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.queue").value(QUEUE))
                .andExpect(jsonPath("$.redriven").value(2));

        await().atMost(WAIT).until(() -> effects.countsFor(accepted).finalCount() == 2);
        ReliabilityCounts counts = effects.countsFor(accepted).print("dead letters of a queue re-driven");
        assertThat(counts).isEqualTo(new ReliabilityCounts(2, 2, 0, 0));
        assertThat(deadLetters.list()).isEmpty();
    }

    @Test
    void anAdminDiscardsADeadLetterForGood() throws Exception {
        String order = anOrder();
        listener.poison(order);
        DeadLetter parked = awaitDeadLetter(notes.note(order, 1).eventId());

        mvc.perform(delete("/api/admin/dead-letters/{id}", parked.id()).with(as("CUSTOMER")))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/admin/dead-letters/{id}", parked.id()).with(as("ADMIN")))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/admin/dead-letters/{id}", parked.id()).with(as("ADMIN")))
                .andExpect(status().isNotFound());
        assertThat(deadLetters.redrive(parked.id())).isFalse();
    }

    @Test
    void aBodyThatIsNotJsonIsParkedAtOnce() {
        UUID messageId = UUID.randomUUID();

        rabbit.send(Topology.EVENTS, "order.OrderNoted", message(messageId, "OrderNoted", "{this is not JSON"));

        DeadLetter parked = awaitDeadLetter(messageId);
        assertThat(parked.attempts()).isEqualTo(1);
        assertThat(parked.reason()).startsWith("UnreadableMessageException");
        assertThat(parked.payload()).isEqualTo("{this is not JSON");
        assertThat(listener.deliveriesOf(messageId)).hasSize(1);
    }

    @Test
    void aMessageWithoutATypeIsParkedAtOnce() {
        UUID messageId = UUID.randomUUID();

        rabbit.send(Topology.EVENTS, "order.OrderNoted", message(messageId, null, "{}"));

        DeadLetter parked = awaitDeadLetter(messageId);
        assertThat(parked.attempts()).isEqualTo(1);
        assertThat(parked.reason()).startsWith("UnreadableMessageException");
        assertThat(listener.deliveriesOf(messageId)).hasSize(1);
    }

    @Test
    void aTypeThisConsumerDoesNotHandleIsAcknowledgedAndNotParked() {
        UUID unknown = UUID.randomUUID();
        UUID unreadable = UUID.randomUUID();

        // a publisher may add events before its consumers know them: not a failure
        rabbit.send(Topology.EVENTS, "order.OrderTeleported", message(unknown, "OrderTeleported", "{}"));
        rabbit.send(Topology.EVENTS, "order.OrderNoted", message(unreadable, "OrderNoted", "not JSON"));

        // the dead-letter queue is first in, first out: had the first been parked, it would be there before this one
        awaitDeadLetter(unreadable);
        assertThat(deadLetterOf(unknown)).isEmpty();
        assertThat(listener.deliveriesOf(unknown)).hasSize(1);
    }

    private DeadLetter awaitDeadLetter(UUID messageId) {
        return await().atMost(WAIT)
                .until(() -> deadLetterOf(messageId), Optional::isPresent)
                .orElseThrow();
    }

    private Optional<DeadLetter> deadLetterOf(UUID messageId) {
        return deadLetters.list().stream()
                .filter(letter -> messageId.toString().equals(letter.messageId()))
                .findFirst();
    }

    private static Message message(UUID messageId, String type, String body) {
        MessageProperties headers = new MessageProperties();
        headers.setMessageId(messageId.toString());
        if (type != null) {
            headers.setHeader(Messages.TYPE, type);
        }
        headers.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        return new Message(body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static JwtRequestPostProcessor as(String role) {
        return jwt().jwt(token -> token.subject(UUID.randomUUID().toString()))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    private static String anOrder() {
        return UUID.randomUUID().toString();
    }
}
