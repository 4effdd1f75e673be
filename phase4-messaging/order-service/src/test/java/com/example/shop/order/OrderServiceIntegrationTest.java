package com.example.shop.order;

import com.example.shop.testsupport.IsolatedInfrastructure;
import com.example.shop.testsupport.IsolatedRedis;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * order-service whole, on a real PostgreSQL, RabbitMQ and Redis of its own ({@code shop.test.name} and
 * {@code shop.test.redis-database}, set by each test class or left to this default that the flow tests share).
 * product-service is unreachable: orders are priced from the catalog copy alone, and a product the copy misses
 * cannot be looked up.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        properties = {
            "shop.test.name=p4_order_flow",
            "shop.test.redis-database=9",
            "shop.orders.jobs.executor=order-jobs-flow-tests",
            // a port nothing listens on: the connection is refused at once
            "spring.cloud.discovery.client.simple.instances.product-service[0].uri=http://127.0.0.1:9",
        })
@Import({IsolatedInfrastructure.class, IsolatedRedis.class})
@AutoConfigureMockMvc
@interface OrderServiceIntegrationTest {}
