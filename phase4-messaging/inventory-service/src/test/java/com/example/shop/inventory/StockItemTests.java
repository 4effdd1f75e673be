package com.example.shop.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StockItemTests {

    @Test
    void reservingMovesUnitsFromAvailableToReserved() {
        StockItem item = new StockItem(1L, 5);

        item.reserve(3);

        assertThat(item.toLevel()).isEqualTo(new StockLevel(1L, 2, 3));
    }

    @Test
    void neverReservesMoreThanIsAvailable() {
        StockItem item = new StockItem(1L, 2);

        assertThat(item.canReserve(3)).isFalse();
        assertThatThrownBy(() -> item.reserve(3)).isInstanceOf(IllegalStateException.class);
        assertThat(item.toLevel()).isEqualTo(new StockLevel(1L, 2, 0));
    }

    @Test
    void releasingGivesReservedUnitsBack() {
        StockItem item = new StockItem(1L, 5);
        item.reserve(3);

        item.release(3);

        assertThat(item.toLevel()).isEqualTo(new StockLevel(1L, 5, 0));
        assertThatThrownBy(() -> item.release(1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sellingTakesReservedUnitsForGood() {
        StockItem item = new StockItem(1L, 5);
        item.reserve(3);

        item.sell(3);

        assertThat(item.toLevel()).isEqualTo(new StockLevel(1L, 2, 0));
        assertThatThrownBy(() -> item.sell(1)).isInstanceOf(IllegalStateException.class);
    }
}
