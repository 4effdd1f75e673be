package com.example.shop.acceptance;

import static com.example.shop.acceptance.api.NewOrder.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.acceptance.api.Customer;
import com.example.shop.acceptance.api.NewOrder;
import com.example.shop.acceptance.api.Notification;
import com.example.shop.acceptance.api.Order;
import com.example.shop.acceptance.api.PaymentDetails;
import com.example.shop.acceptance.api.Product;
import com.example.shop.acceptance.http.ApiResponse;
import com.example.shop.acceptance.launch.LaunchedPhase;
import com.example.shop.acceptance.steps.Eventually;
import com.example.shop.testsupport.TcpProxy;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Phase 4, started with every service reaching RabbitMQ through a proxy this test controls: the broker is cut off in
 * the middle of 200 orders, for longer than any retry, then comes back. Orders are still accepted meanwhile (placing
 * one writes the database only); the events wait in the outboxes, and nothing is lost or done twice. Afterwards the
 * invariants hold: every accepted order reached a final status; the stock taken is exactly what the confirmed and
 * shipped orders hold; the money taken is exactly their totals; every order told its customer once per change.
 */
class BrokerOutageMessagingScenario extends Journey {

    private static final int BUYERS = 8;
    private static final int ORDERS_EACH = 25;
    private static final int CUT_AFTER = 100;
    private static final Duration CUT_FOR = Duration.ofSeconds(8);

    private final ExecutorService buyersThreads = Executors.newFixedThreadPool(BUYERS);

    @AfterEach
    void stopBuying() {
        buyersThreads.shutdownNow();
        LaunchedPhase.rabbitmq().restore();
    }

    @Test
    void losesNothingAndDoublesNothingWhenTheBrokerIsCutOffMidway() throws Exception {
        TcpProxy broker = LaunchedPhase.rabbitmq();
        List<Customer> buyers = IntStream.range(0, BUYERS)
                .mapToObj(i -> customers.registeredAndLoggedIn())
                .toList();
        Product product = admin.productWithStock("2.50", 10_000);
        orders.place(buyers.get(0), NewOrder.of(PaymentDetails.card("tok_visa"), line(product, 1))); // warm path
        int initial = catalog.stockOf(product).available();

        var answers = new ConcurrentLinkedQueue<Placed>();
        var submitted = new AtomicInteger();
        for (Customer buyer : buyers) {
            buyersThreads.submit(() -> {
                for (int i = 0; i < ORDERS_EACH; i++) {
                    // one order in five is declined: the compensations run through the outage too
                    String token = i % 5 == 4 ? "tok_declined" : "tok_visa";
                    int quantity = 1 + i % 3;
                    ApiResponse response =
                            orders.submit(buyer, NewOrder.of(PaymentDetails.card(token), line(product, quantity)));
                    answers.add(new Placed(buyer, quantity, response));
                    if (submitted.incrementAndGet() == CUT_AFTER) {
                        cutFor(broker, CUT_FOR);
                    }
                }
            });
        }
        buyersThreads.shutdown();
        assertThat(buyersThreads.awaitTermination(3, TimeUnit.MINUTES)).isTrue();

        List<Placed> accepted = answers.stream()
                .filter(placed -> placed.response().status() == 202)
                .toList();
        Map<Placed, Order> decided = accepted.stream()
                .collect(Collectors.toMap(
                        Function.identity(),
                        placed -> orders.decided(
                                placed.buyer(), orders.accepted(placed.response()), Duration.ofMinutes(2))));
        int held = 0;
        BigDecimal confirmedTotals = BigDecimal.ZERO;
        BigDecimal taken = BigDecimal.ZERO;
        int duplicated = 0;
        for (var entry : decided.entrySet()) {
            Order order = entry.getValue();
            boolean kept = !Order.CANCELLED.equals(order.status());
            if (kept) {
                held += entry.getKey().quantity();
                confirmedTotals = confirmedTotals.add(order.total().amount());
            }
            taken = taken.add(moneyTaken(entry.getKey().buyer(), order));
            duplicated += duplicatedNotifications(entry.getKey().buyer(), order);
        }
        int lost = accepted.size() - decided.size();
        System.out.printf(
                "[broker outage] submitted %d, accepted %d, final %d, lost %d, duplicated effects %d%n",
                answers.size(), accepted.size(), decided.size(), lost, duplicated);

        assertThat(answers)
                .as("every request answered, none a 500")
                .allSatisfy(placed -> assertThat(placed.response().status()).isIn(202, 429, 503));
        assertThat(accepted).as("orders are accepted while the broker is away").hasSizeGreaterThan(CUT_AFTER);
        assertThat(lost).as("lost").isZero();
        assertThat(duplicated).as("notifications sent twice").isZero();
        int finalHeld = held;
        Eventually.eventually(() -> {
            var stock = catalog.stockOf(product);
            assertThat(initial - stock.available())
                    .as("stock taken = what the confirmed and shipped orders hold, released for the cancelled")
                    .isEqualTo(finalHeld);
        });
        assertThat(taken)
                .as("money taken (captured, not refunded) = the totals of the confirmed and shipped orders")
                .isEqualByComparingTo(confirmedTotals);
    }

    private void cutFor(TcpProxy broker, Duration duration) {
        broker.cut();
        Eventually.pause(duration);
        broker.restore();
    }

    /** What the order's payment keeps: its amount if captured, nothing if declined, refunded or never made. */
    private BigDecimal moneyTaken(Customer buyer, Order order) {
        ApiResponse payment = payments.lookUp(buyer, order.id());
        if (payment.status() == 404) {
            return BigDecimal.ZERO;
        }
        var json = payment.json();
        return "CAPTURED".equals(json.path("status").asString())
                ? new BigDecimal(json.path("amount").path("amount").asString())
                : BigDecimal.ZERO;
    }

    /** Notifications of the order beyond one per change of status. */
    private int duplicatedNotifications(Customer buyer, Order order) {
        List<Notification> told = new ArrayList<>(notifications.notificationsOf(buyer));
        Map<String, Long> perType = told.stream()
                .filter(notification -> order.id().equals(notification.orderId()))
                .collect(Collectors.groupingBy(Notification::type, Collectors.counting()));
        return perType.values().stream().mapToInt(count -> (int) (count - 1)).sum();
    }

    private record Placed(Customer buyer, int quantity, ApiResponse response) {}
}
