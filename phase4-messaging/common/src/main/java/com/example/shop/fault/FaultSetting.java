package com.example.shop.fault;

/** The state of one fault switch. */
public record FaultSetting(Capability capability, FaultMode mode, long delayMs) {

    static FaultSetting off(Capability capability) {
        return new FaultSetting(capability, FaultMode.NONE, 0);
    }
}
