package com.example.shop.bench.simulation;

import java.util.Map;

/**
 * Where the benchmark sends each kind of request. A URL given for a capability ({@code user}, {@code product},
 * {@code inventory}, {@code order}) wins over the base URL: phases 1 and 3-5 answer everything on one URL, phase 2 (no
 * gateway yet) serves each capability on its own port.
 */
public record ShopUrls(String user, String product, String inventory, String order) {

    public static final String DEFAULT_BASE_URL = "http://localhost:8080";

    /** From {@code bench.base-url} and {@code bench.url.<capability>}, as the runner sets them for a simulation. */
    public static ShopUrls fromSystemProperties() {
        var base = System.getProperty("bench.base-url", DEFAULT_BASE_URL);
        return new ShopUrls(
                property("user", base),
                property("product", base),
                property("inventory", base),
                property("order", base));
    }

    public static ShopUrls of(String baseUrl, Map<String, String> byCapability) {
        return new ShopUrls(
                byCapability.getOrDefault("user", baseUrl),
                byCapability.getOrDefault("product", baseUrl),
                byCapability.getOrDefault("inventory", baseUrl),
                byCapability.getOrDefault("order", baseUrl));
    }

    public ShopUrls {
        user = withoutTrailingSlash(user);
        product = withoutTrailingSlash(product);
        inventory = withoutTrailingSlash(inventory);
        order = withoutTrailingSlash(order);
    }

    private static String property(String capability, String base) {
        return System.getProperty("bench.url." + capability, base);
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
