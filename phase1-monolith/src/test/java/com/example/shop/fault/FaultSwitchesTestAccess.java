package com.example.shop.fault;

import java.util.Arrays;

/** Lets tests in other packages flip the package-private switches, as an ADMIN would over HTTP. */
public class FaultSwitchesTestAccess {

    private final FaultSwitches switches;

    FaultSwitchesTestAccess(FaultSwitches switches) {
        this.switches = switches;
    }

    public void fail(String capability) {
        switches.set(Capability.fromId(capability).orElseThrow(), FaultMode.FAIL, 0);
    }

    public void resetAll() {
        Arrays.stream(Capability.values()).forEach(c -> switches.set(c, FaultMode.NONE, 0));
    }
}
