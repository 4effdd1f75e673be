package com.example.shop.fault;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** A capability whose fault switch an ADMIN can flip. */
public enum Capability {
    PAYMENT,
    INVENTORY,
    NOTIFICATION,
    PRODUCT;

    @JsonValue
    public String id() {
        return name().toLowerCase();
    }

    static Optional<Capability> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
    }
}
