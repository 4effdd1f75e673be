package com.example.shop.discovery;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;

/**
 * The load balancer skips instances whose readiness check fails, in every service and in the gateway. With Consul
 * (compose) that is already so: Consul checks every instance and answers only with the passing ones. Without Consul
 * the instance list is static, and a killed instance would stay in it for good: half the calls would first try a dead
 * address. Checking each listed instance every two seconds ({@code spring.cloud.loadbalancer.health-check.*}, in
 * {@code shop-discovery.yml}) makes the static list behave like Consul's.
 *
 * <p>The checks use a plain client, not the application's load-balanced one, which would take {@code localhost} for
 * a service name.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "shop.discovery.health-checks", havingValue = "true", matchIfMissing = true)
@LoadBalancerClients(defaultConfiguration = HealthCheckedInstanceList.class)
public class HealthCheckedInstances {}
