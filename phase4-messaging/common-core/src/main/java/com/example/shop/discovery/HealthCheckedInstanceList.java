package com.example.shop.discovery;

import java.time.Duration;
import org.springframework.boot.web.context.reactive.ReactiveWebApplicationContext;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The instance list of one service name, for {@link HealthCheckedInstances}: the discovered instances, less those
 * whose readiness check fails. Spring Cloud creates it in the load balancer's own context for each name; it is not a
 * {@code @Configuration} on purpose, so that the application context does not pick it up.
 *
 * <p>A reactive application (the gateway) checks with a non-blocking {@link WebClient}, which Spring Cloud cancels
 * when a check takes longer than the interval. A servlet service checks with blocking calls, run one after another on
 * Reactor's timer threads (one per core) and never interrupted: without a read timeout, an instance that accepts
 * connections but never answers (a frozen process, a full accept queue) would keep one of those threads for good each
 * round, until no check, and no timer of the application, runs any more. Each blocking check therefore gets half the
 * check interval to connect and half to answer.
 */
class HealthCheckedInstanceList {

    @Bean
    ServiceInstanceListSupplier instances(
            ConfigurableApplicationContext context, LoadBalancerClientFactory balancers, Environment environment) {
        if (context.getParent() instanceof ReactiveWebApplicationContext) {
            return ServiceInstanceListSupplier.builder()
                    .withDiscoveryClient()
                    .withHealthChecks(WebClient.create())
                    .build(context);
        }
        Duration interval = balancers
                .getProperties(LoadBalancerClientFactory.getName(environment))
                .getHealthCheck()
                .getInterval();
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(interval.dividedBy(2));
        requests.setReadTimeout(interval.dividedBy(2));
        return ServiceInstanceListSupplier.builder()
                .withBlockingDiscoveryClient()
                .withBlockingHealthChecks(
                        RestClient.builder().requestFactory(requests).build())
                .build(context);
    }
}
