package com.example.shop.order;

import static com.example.shop.order.OrderFlow.PATIENCE;
import static com.example.shop.order.OrderFlow.newProductId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.shop.testsupport.IsolatedInfrastructure;
import com.example.shop.testsupport.IsolatedRedis;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.redisson.api.RScheduledExecutorService;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reliability scenario 7: Redis loses every delayed job (it keeps nothing on disk here; a restart or a flush empties
 * it), and the database sweep still expires the orders nobody decided. The test flushes a Redis database that only
 * it uses ({@code FLUSHDB} on number 11), never the whole server.
 */
@SpringBootTest(
        properties = {
            "shop.test.name=p4_order_sweep",
            "shop.test.redis-database=11",
            "shop.orders.jobs.executor=order-jobs-sweep-tests",
            "shop.orders.jobs.expire-after=6s",
            "shop.orders.jobs.sweep-every=2s",
            "shop.orders.jobs.sweep-grace=1s",
        })
@Import({IsolatedInfrastructure.class, IsolatedRedis.class})
@AutoConfigureMockMvc
class RedisFlushedSweepIntegrationTests {

    static final int ORDERS = 10;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    RedissonClient redisson;

    @Autowired
    RScheduledExecutorService orderJobExecutor;

    @Test
    void theSweepExpiresThePendingOrdersWhoseJobsRedisLost() throws Exception {
        OrderFlow flow = OrderFlow.of(context, mvc);
        long keyboard = newProductId();
        flow.productListed(keyboard, "Mechanical keyboard", "89.90");
        List<UUID> accepted = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            accepted.add(flow.place(UUID.randomUUID(), keyboard, 1));
        }

        redisson.getKeys().flushdb();

        assertThat(orderJobExecutor.getTaskCount())
                .as("expiry jobs left in Redis")
                .isZero();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(accepted)
                .allSatisfy(order -> assertThat(flow.statusOf(order)).isEqualTo(OrderStatus.CANCELLED)));
        new ReliabilityCounts(
                        accepted.size(),
                        accepted.stream()
                                .filter(order -> "EXPIRED".equals(flow.failureReasonOf(order)))
                                .count(),
                        accepted.stream()
                                .mapToLong(order -> Math.max(0, flow.outboxRows(order, "OrderCancelled") - 1))
                                .sum())
                .printAndAssert();
    }
}
