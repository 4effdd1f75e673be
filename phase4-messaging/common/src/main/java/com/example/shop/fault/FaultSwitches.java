package com.example.shop.fault;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The switches, held in memory (they are a teaching aid, not data). A capability calls {@link #apply(Capability)} at
 * its entry points; the call returns at once, sleeps, or throws, as the switch says.
 */
@Component
public class FaultSwitches {

    private final Map<Capability, FaultSetting> settings = new ConcurrentHashMap<>();
    private final Set<Capability> owned;

    private final ApplicationEventPublisher events;

    public FaultSwitches(FaultProperties properties, ApplicationEventPublisher events) {
        this.owned = properties.capabilities().isEmpty() ? Set.of() : EnumSet.copyOf(properties.capabilities());
        this.events = events;
    }

    public void apply(Capability capability) {
        FaultSetting setting = get(capability);
        switch (setting.mode()) {
            case NONE -> {}
            case FAIL -> throw new FaultInjectedException(capability);
            case SLOW -> sleep(setting.delayMs());
        }
    }

    FaultSetting get(Capability capability) {
        return settings.getOrDefault(capability, FaultSetting.off(capability));
    }

    /** Only the capabilities this service owns: the others' switches live in their own services. */
    List<FaultSetting> all() {
        return Arrays.stream(Capability.values())
                .filter(owned::contains)
                .map(this::get)
                .toList();
    }

    boolean owns(Capability capability) {
        return owned.contains(capability);
    }

    FaultSetting set(Capability capability, FaultMode mode, long delayMs) {
        FaultSetting setting = new FaultSetting(capability, mode, mode == FaultMode.SLOW ? delayMs : 0);
        settings.put(capability, setting);
        events.publishEvent(new FaultSwitched(setting));
        return setting;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
