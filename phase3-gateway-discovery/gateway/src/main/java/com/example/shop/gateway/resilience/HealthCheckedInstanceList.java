package com.example.shop.gateway.resilience;

import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The instance list of one service name, for {@link HealthCheckedInstances}: the discovered instances, less those
 * whose readiness check fails. Spring Cloud creates it in the load balancer's own context for each name; it is not a
 * {@code @Configuration} on purpose, so that the application context does not pick it up.
 */
class HealthCheckedInstanceList {

    @Bean
    ServiceInstanceListSupplier instances(ConfigurableApplicationContext context) {
        return ServiceInstanceListSupplier.builder()
                .withDiscoveryClient()
                .withHealthChecks(WebClient.create())
                .build(context);
    }
}
