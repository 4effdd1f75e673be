package com.example.shop.fault;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The capabilities this service owns, e.g. {@code shop.fault.capabilities: payment}: only their switches are listed
 * and settable here. A service that owns none (user-service, order-service) lists an empty set.
 */
@ConfigurationProperties("shop.fault")
public record FaultProperties(@DefaultValue Set<Capability> capabilities) {}
