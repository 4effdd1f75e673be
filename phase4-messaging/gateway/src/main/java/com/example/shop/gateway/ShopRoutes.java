package com.example.shop.gateway;

import java.net.ConnectException;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory.RetryConfig;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.BooleanSpec;
import org.springframework.cloud.gateway.route.builder.Buildable;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.route.builder.UriSpec;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The API contract, path by path, to the service that owns it. Routes are tried in this order; the first whose
 * predicates match takes the request. {@code /internal/**} has no route: the services' internal API cannot be reached
 * from outside.
 *
 * <p>Every route is guarded the same way ({@link #guarded}), with only its rate limit differing: a budget per caller
 * (the {@code ratelimit} package), a circuit breaker and bulkhead named after the service with a problem details
 * fallback ({@code resilience4j.*} in application.yml), and one retry on the next instance when a request could not
 * even connect (a dead instance, still listed until discovery drops it) whatever its method: it never reached a
 * service, so retrying cannot do anything twice. Nothing else is retried at the edge (a POST that timed out may have
 * happened).
 */
@Configuration(proxyBeanMethods = false)
class ShopRoutes {

    static final List<String> SERVICES = List.of(
            "user-service",
            "product-service",
            "inventory-service",
            "order-service",
            "payment-service",
            "notification-service");

    @Bean
    RouteLocator routes(
            RouteLocatorBuilder builder,
            RateLimiter<?> apiRateLimiter,
            @Qualifier("ordersRateLimiter") RateLimiter<?> ordersRateLimiter,
            @Qualifier("loginRateLimiter") RateLimiter<?> loginRateLimiter,
            KeyResolver callerKeyResolver,
            @Qualifier("clientAddressKeyResolver") KeyResolver clientAddressKeyResolver) {
        Guard api = new Guard(apiRateLimiter, callerKeyResolver);
        RouteLocatorBuilder.Builder routes = builder.routes();
        // each service's OpenAPI document, for the one Swagger UI at /swagger-ui.html (ApiDocs)
        for (String service : SERVICES) {
            routes = routes.route("api-docs-" + service, r -> r.path("/openapi/" + service)
                    .filters(filters -> guarded(
                            filters.setPath("/v3/api-docs")
                                    .modifyResponseBody(String.class, String.class, ApiDocs::servedByTheGateway),
                            service,
                            api))
                    .uri("lb://" + service));
        }
        return routes
                // logging in: a strict budget per client address, against password guessing
                .route(
                        "login",
                        r -> to(
                                r.path("/api/auth/login").and().method(HttpMethod.POST),
                                "user-service",
                                new Guard(loginRateLimiter, clientAddressKeyResolver)))
                // users, sessions, and the public keys tokens are checked with
                .route(
                        "users",
                        r -> to(r.path("/api/users/**", "/api/auth/**", "/.well-known/jwks.json"), "user-service", api))
                .route("products", r -> to(r.path("/api/products/**"), "product-service", api))
                .route("inventory", r -> to(r.path("/api/inventory/**"), "inventory-service", api))
                // placing an order reserves stock and charges money: a stricter budget per customer
                .route(
                        "place-order",
                        r -> to(
                                r.path("/api/orders").and().method(HttpMethod.POST),
                                "order-service",
                                new Guard(ordersRateLimiter, callerKeyResolver)))
                .route("orders", r -> to(r.path("/api/orders/**"), "order-service", api))
                .route("payments", r -> to(r.path("/api/payments/**"), "payment-service", api))
                // the live stream stays open for as long as the customer watches: no circuit breaker and no time limit,
                // which would cut it after seconds; a budget and a retry on connect like every route
                .route("notification-stream", r -> r.path("/api/notifications/stream")
                        .and()
                        .method(HttpMethod.GET)
                        .filters(filters -> filters.requestRateLimiter(limit ->
                                        limit.setRateLimiter(api.limiter()).setKeyResolver(api.key()))
                                .retry(ShopRoutes::onlyWhenNotConnected))
                        .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, -1)
                        .uri("lb://notification-service"))
                .route("notifications", r -> to(r.path("/api/notifications/**"), "notification-service", api))
                .build();
    }

    private static Buildable<Route> to(BooleanSpec predicates, String service, Guard guard) {
        return predicates.filters(filters -> guarded(filters, service, guard)).uri("lb://" + service);
    }

    private static UriSpec guarded(GatewayFilterSpec filters, String service, Guard guard) {
        return filters.requestRateLimiter(
                        limit -> limit.setRateLimiter(guard.limiter()).setKeyResolver(guard.key()))
                .circuitBreaker(breaker -> breaker.setName(service).setFallbackUri("forward:/fallback/" + service))
                .retry(ShopRoutes::onlyWhenNotConnected);
    }

    private static void onlyWhenNotConnected(RetryConfig retry) {
        retry.setRetries(2)
                .setMethods(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE)
                .setSeries()
                .setExceptions(ConnectException.class);
    }

    /** Which budget a route draws on, and whose. */
    private record Guard(RateLimiter<?> limiter, KeyResolver key) {}
}
