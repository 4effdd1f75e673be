package com.example.shop.inventory;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface StockItemRepository extends JpaRepository<StockItem, Long> {

    /**
     * Locks the rows ({@code SELECT … FOR UPDATE}) until the transaction ends, always in product-id order so that two
     * orders for the same products cannot deadlock.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    List<StockItem> findByProductIdInOrderByProductId(Collection<Long> productIds);
}
