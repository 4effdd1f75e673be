package com.example.shop.gateway.resilience;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The gateway's load balancer skips instances whose readiness check fails, as the services' does (their
 * {@code com.example.shop.discovery.HealthCheckedInstances}): with Consul that only repeats what Consul knows; with the
 * static list of {@code ./run} it is what drops a killed instance within two seconds. The checks use a plain
 * {@link WebClient}, not the load-balanced one, which would take {@code localhost} for a service name.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "shop.discovery.health-checks", havingValue = "true", matchIfMissing = true)
@LoadBalancerClients(defaultConfiguration = HealthCheckedInstanceList.class)
class HealthCheckedInstances {}
