package com.example.shop.order.client;

import com.example.shop.security.InternalApiProperties;
import java.io.IOException;
import java.net.http.HttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.support.BasicAuthenticationInterceptor;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * One RestClient per neighbour: its base URL, the timeouts, the service account for {@code /internal/**} (HTTP
 * Basic), and every technical failure turned into a {@link ServiceUnavailableException}. Spring implements each
 * {@code @HttpExchange} interface on top of it.
 */
@Configuration(proxyBeanMethods = false)
class ClientConfiguration {

    private final RestClient.Builder builder;
    private final ClientProperties properties;
    private final InternalApiProperties account;

    ClientConfiguration(RestClient.Builder builder, ClientProperties properties, InternalApiProperties account) {
        this.builder = builder;
        this.properties = properties;
        this.account = account;
    }

    @Bean
    ProductCatalog productCatalog() {
        return client(ProductCatalog.class, "product-service", properties.productService());
    }

    @Bean
    Inventory inventory() {
        return client(Inventory.class, "inventory-service", properties.inventoryService());
    }

    @Bean
    Payments payments() {
        return client(Payments.class, "payment-service", properties.paymentService());
    }

    @Bean
    Notifications notifications() {
        return client(Notifications.class, "notification-service", properties.notificationService());
    }

    private <T> T client(Class<T> type, String service, String baseUrl) {
        RestClient rest = builder.clone()
                .baseUrl(baseUrl)
                .requestFactory(requestFactory())
                .requestInterceptor(new BasicAuthenticationInterceptor(account.username(), account.password()))
                .requestInterceptor((request, body, execution) -> {
                    try {
                        return execution.execute(request, body);
                    } catch (IOException refusedOrTimedOut) {
                        throw new ServiceUnavailableException(service, refusedOrTimedOut.toString());
                    }
                })
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
