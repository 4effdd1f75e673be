package com.example.shop.discovery;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * The load balancer skips instances whose readiness check fails. With Consul (compose) that is already so: Consul
 * checks every instance and answers only with the passing ones. Without Consul the instance list is static, and a
 * killed instance would stay in it for good: half the calls would first try a dead address. Checking each listed
 * instance every two seconds ({@code spring.cloud.loadbalancer.health-check.*}) makes the static list behave like
 * Consul's.
 *
 * <p>The checks use a plain {@link RestClient}: the application's own clients are load-balanced, and would try to
 * resolve {@code localhost} as a service name.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "shop.discovery.health-checks", havingValue = "true", matchIfMissing = true)
@LoadBalancerClients(defaultConfiguration = HealthCheckedInstanceList.class)
public class HealthCheckedInstances {}
