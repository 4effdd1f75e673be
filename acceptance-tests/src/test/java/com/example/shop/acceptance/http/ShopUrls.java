package com.example.shop.acceptance.http;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where each capability is served. {@code shop.url.<capability>} wins, {@code shop.base-url} is the fallback: phases 1
 * and 3-5 need only the base URL, phase 2 (one service per capability, no gateway yet) sets one URL per capability.
 */
public final class ShopUrls {

    static final String DEFAULT_BASE_URL = "http://localhost:18080";

    private final Map<Capability, String> urls = new EnumMap<>(Capability.class);
    private final Map<Capability, String> explicit = new EnumMap<>(Capability.class);

    private ShopUrls(String baseUrl) {
        for (var capability : Capability.values()) {
            var configured = System.getProperty("shop.url." + capability.propertyName());
            if (configured != null && !configured.isBlank()) {
                explicit.put(capability, withoutTrailingSlash(configured));
            }
            urls.put(capability, explicit.getOrDefault(capability, withoutTrailingSlash(baseUrl)));
        }
    }

    public static ShopUrls fromSystemProperties() {
        return new ShopUrls(System.getProperty("shop.base-url", DEFAULT_BASE_URL));
    }

    public URI resolve(Capability capability, String path) {
        return URI.create(urls.get(capability) + path);
    }

    /**
     * The fault switch of a capability lives with that capability (in phase 2 each service owns its switch), unless
     * {@code shop.url.faults} names one place for all switches.
     */
    public URI faultSwitch(Capability capability) {
        return resolve(switchOwner(capability), "/api/admin/faults/" + capability.propertyName());
    }

    /** The list of switches that includes this capability's: in phase 2 each service lists only its own. */
    public URI faultSwitches(Capability capability) {
        return resolve(switchOwner(capability), "/api/admin/faults");
    }

    private Capability switchOwner(Capability capability) {
        return explicit.containsKey(Capability.FAULTS) ? Capability.FAULTS : capability;
    }

    @Override
    public String toString() {
        return urls.toString();
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
