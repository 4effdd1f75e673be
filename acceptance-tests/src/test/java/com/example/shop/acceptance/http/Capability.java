package com.example.shop.acceptance.http;

import java.util.Locale;

/**
 * What the shop can do, named as in the design. In phase 1 one process serves every capability; in phase 2 each has its
 * own service and URL; from phase 3 the gateway serves them all again.
 */
public enum Capability {
    USER,
    PRODUCT,
    INVENTORY,
    ORDER,
    PAYMENT,
    NOTIFICATION,
    FAULTS;

    /** The name used in system properties ({@code shop.url.<name>}) and in fault-switch paths. */
    public String propertyName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
