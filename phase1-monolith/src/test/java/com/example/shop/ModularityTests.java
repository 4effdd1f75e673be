package com.example.shop;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module boundaries phase 2 cuts along: each top-level package is a module, other modules may use only its public
 * top-level types, and no two modules depend on each other in a cycle.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ShopApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }
}
