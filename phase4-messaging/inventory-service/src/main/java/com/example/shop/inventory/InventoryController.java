package com.example.shop.inventory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stock levels are public; setting them is for ADMINs (see the security configuration). */
@RestController
@RequestMapping("/api/inventory")
class InventoryController {

    private final Inventory inventory;

    InventoryController(Inventory inventory) {
        this.inventory = inventory;
    }

    @GetMapping("/{productId}")
    StockLevel level(@PathVariable Long productId) {
        return inventory.level(productId);
    }

    @PutMapping("/{productId}")
    StockLevel restock(@PathVariable Long productId, @Valid @RequestBody RestockRequest request) {
        return inventory.restock(productId, request.available());
    }

    record RestockRequest(@NotNull @Min(0) @Max(1_000_000) Integer available) {}
}
