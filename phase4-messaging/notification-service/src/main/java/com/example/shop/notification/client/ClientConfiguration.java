package com.example.shop.notification.client;

import com.example.shop.security.InternalApiProperties;
import org.springframework.boot.restclient.autoconfigure.RestClientBuilderConfigurer;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Spring Cloud's way to call a neighbour by name: a builder bean marked {@code @LoadBalanced} gets the load balancer's
 * interceptor, which replaces {@code user-service} in {@code http://user-service} by one of its instances (from
 * Consul, or the static list) on every request. Made with Boot's configurer, like Boot's own builder (which backs off:
 * nothing else here needs one).
 */
@Configuration(proxyBeanMethods = false)
class ClientConfiguration {

    /** Load-balanced, with the timeouts of shop.clients and the service account of /internal/**. */
    @Bean
    @LoadBalanced
    RestClient.Builder loadBalancedRestClientBuilder(
            RestClientBuilderConfigurer configurer, ClientProperties properties, InternalApiProperties account) {
        SimpleClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();
        requestFactory.setConnectTimeout(properties.connectTimeout());
        requestFactory.setReadTimeout(properties.readTimeout());
        return configurer
                .configure(RestClient.builder())
                .requestFactory(requestFactory)
                .defaultHeaders(headers -> headers.setBasicAuth(account.username(), account.password()));
    }
}
