package com.example.shop.order.client;

import static com.example.shop.order.client.NeighbourCalls.INVENTORY_SERVICE;
import static com.example.shop.order.client.NeighbourCalls.NOTIFICATION_SERVICE;
import static com.example.shop.order.client.NeighbourCalls.PAYMENT_SERVICE;
import static com.example.shop.order.client.NeighbourCalls.PRODUCT_SERVICE;

import com.example.shop.security.InternalApiProperties;
import java.net.http.HttpClient;
import org.springframework.boot.restclient.autoconfigure.RestClientBuilderConfigurer;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.support.BasicAuthenticationInterceptor;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * One RestClient per neighbour: its service name as base URL ({@code http://product-service}), the timeouts, the
 * service account for {@code /internal/**} (HTTP Basic), and every technical failure turned into a
 * {@link ServiceUnavailableException}. Spring implements each {@code @HttpExchange} interface on top of it.
 */
@Configuration(proxyBeanMethods = false)
class ClientConfiguration {

    private final RestClient.Builder builder;
    private final ClientProperties properties;
    private final InternalApiProperties account;

    ClientConfiguration(
            @LoadBalanced RestClient.Builder builder, ClientProperties properties, InternalApiProperties account) {
        this.builder = builder;
        this.properties = properties;
        this.account = account;
    }

    /**
     * Spring Cloud's way to call by name: a builder bean marked {@code @LoadBalanced} gets the load balancer's
     * interceptor, which replaces the service name by one of its instances (from Consul, or the static list) on every
     * request. Made with Boot's configurer, like Boot's own builder (which backs off: nothing else here needs one).
     * Static, because this class's constructor needs it.
     */
    @Bean
    @LoadBalanced
    static RestClient.Builder loadBalancedRestClientBuilder(RestClientBuilderConfigurer configurer) {
        return configurer.configure(RestClient.builder());
    }

    @Bean
    ProductCatalog productCatalog() {
        return client(ProductCatalog.class, PRODUCT_SERVICE);
    }

    @Bean
    Inventory inventory() {
        return client(Inventory.class, INVENTORY_SERVICE);
    }

    @Bean
    Payments payments() {
        return client(Payments.class, PAYMENT_SERVICE);
    }

    @Bean
    Notifications notifications() {
        return client(Notifications.class, NOTIFICATION_SERVICE);
    }

    private <T> T client(Class<T> type, String service) {
        RestClient rest = builder.clone()
                .baseUrl("http://" + service)
                .requestFactory(requestFactory())
                .requestInterceptor(new BasicAuthenticationInterceptor(account.username(), account.password()))
                .requestInterceptors(interceptors -> interceptors.add(0, ServiceFailures.translatedFor(service)))
                .defaultStatusHandler(HttpStatusCode::is5xxServerError, (request, response) -> {
                    throw new ServiceUnavailableException(service, "answered " + response.getStatusCode());
                })
                .build();
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(rest))
                .build()
                .createClient(type);
    }

    /** HTTP/1.1: the JDK client would otherwise try an h2c upgrade on every plain-HTTP request. */
    private JdkClientHttpRequestFactory requestFactory() {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.readTimeout());
        return factory;
    }
}
