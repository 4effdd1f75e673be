package com.example.shop.acceptance;

import static com.example.shop.acceptance.api.NewOrder.line;
import static com.example.shop.acceptance.http.ResponseAssert.assertThatResponse;
import static com.example.shop.acceptance.steps.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.acceptance.api.Customer;
import com.example.shop.acceptance.api.NewOrder;
import com.example.shop.acceptance.api.Order;
import com.example.shop.acceptance.api.PaymentDetails;
import com.example.shop.acceptance.api.Product;
import com.example.shop.acceptance.http.Capability;
import com.example.shop.acceptance.steps.Eventually;
import com.example.shop.acceptance.steps.LiveStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Phases 4+: notifications arrive as they happen on {@code GET /api/notifications/stream} (Server-Sent Events), through
 * the gateway, whichever notification-service instance holds the stream (this run starts two). A customer hears about
 * their own orders and nobody else's; a browser, which cannot send a bearer header, opens the stream with a one-use
 * ticket instead.
 */
class LiveNotificationsMessagingJourney extends Journey {

    @Test
    void shouldStreamACustomersOwnNotificationsAndNobodyElses() {
        Customer ada = customers.registeredAndLoggedIn();
        Customer grace = customers.registeredAndLoggedIn();
        Product product = admin.productWithStock("5.00", 10);

        try (LiveStream adaStream = LiveStream.open(shop, ada.accessToken());
                LiveStream graceStream = LiveStream.open(shop, grace.accessToken())) {
            assertThat(adaStream.status()).isEqualTo(200);
            Order order = orders.place(ada, NewOrder.of(PaymentDetails.card("tok_visa"), line(product, 1)));

            eventually(() -> assertThat(adaStream.notifications())
                    .as("Ada's stream")
                    .anySatisfy(data -> assertThat(data).contains(order.id().toString(), "ORDER_PLACED"))
                    .anySatisfy(data -> assertThat(data).contains(order.id().toString(), "ORDER_CONFIRMED")));
            Eventually.pause(Duration.ofSeconds(1));
            assertThat(graceStream.notifications())
                    .as("Grace hears nothing of Ada's order")
                    .isEmpty();
        }
    }

    @Test
    void shouldOpenTheStreamWithAOneUseTicketAsABrowserMust() {
        Customer ada = customers.registeredAndLoggedIn();
        var ticketResponse = shop.post(Capability.NOTIFICATION, "/api/notifications/stream-tickets")
                .bearer(ada.accessToken())
                .send();
        assertThatResponse(ticketResponse).hasStatus(200);
        String ticket = ticketResponse.json().path("ticket").asString();

        try (LiveStream stream = LiveStream.withTicket(shop, ticket)) {
            assertThat(stream.status()).as("the first use").isEqualTo(200);
        }
        assertThat(LiveStream.statusWithTicket(shop, ticket)).as("a second use").isEqualTo(401);
    }
}
