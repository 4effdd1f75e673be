package com.example.shop.fault;

/** A fault switch was set: a service that reacts to its own switch other than in {@link FaultSwitches#apply} listens. */
public record FaultSwitched(FaultSetting setting) {}
