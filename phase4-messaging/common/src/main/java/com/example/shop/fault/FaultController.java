package com.example.shop.fault;

import com.example.shop.common.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * ADMIN-only (see the security configuration): read and flip the fault switches of the capabilities this service
 * owns; any other capability is unknown here (404).
 */
@RestController
@RequestMapping("/api/admin/faults")
class FaultController {

    private final FaultSwitches switches;

    FaultController(FaultSwitches switches) {
        this.switches = switches;
    }

    @GetMapping
    List<FaultSetting> all() {
        return switches.all();
    }

    @PutMapping("/{capability}")
    FaultSetting set(@PathVariable String capability, @Valid @RequestBody FaultRequest request) {
        Capability target = Capability.fromId(capability)
                .filter(switches::owns)
                .orElseThrow(() -> new NotFoundException("Capability", capability));
        return switches.set(target, request.mode(), request.delayMs() == null ? 0 : request.delayMs());
    }

    /** {@code delayMs} only matters for {@code slow}; capped at one minute so nobody hangs the demo for good. */
    record FaultRequest(
            @NotNull FaultMode mode, @Min(0) @Max(60_000) Long delayMs) {}
}
