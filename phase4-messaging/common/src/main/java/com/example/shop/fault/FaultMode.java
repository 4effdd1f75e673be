package com.example.shop.fault;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a capability misbehaves: not at all, by failing, or by answering late. */
public enum FaultMode {
    NONE,
    FAIL,
    SLOW;

    @JsonValue
    String id() {
        return name().toLowerCase();
    }

    @JsonCreator
    static FaultMode fromId(String id) {
        return valueOf(id.toUpperCase());
    }
}
