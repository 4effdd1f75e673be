package com.example.shop.notification.client;

import org.springframework.boot.restclient.autoconfigure.RestClientBuilderConfigurer;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * Spring Cloud's way to call a neighbour by name: a builder bean marked {@code @LoadBalanced} gets the load balancer's
 * interceptor, which replaces {@code user-service} in {@code http://user-service} by one of its instances (from
 * Consul, or the static list) on every request. Made with Boot's configurer, like Boot's own builder (which backs off:
 * nothing else here needs one).
 */
@Configuration(proxyBeanMethods = false)
class ClientConfiguration {

    @Bean
    @LoadBalanced
    RestClient.Builder loadBalancedRestClientBuilder(RestClientBuilderConfigurer configurer) {
        return configurer.configure(RestClient.builder());
    }
}
