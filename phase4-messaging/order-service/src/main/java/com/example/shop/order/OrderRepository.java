package com.example.shop.order;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrderRepository extends JpaRepository<Order, UUID> {

    Optional<Order> findByCustomerIdAndIdempotencyKey(UUID customerId, UUID idempotencyKey);

    Page<Order> findByCustomerIdOrderByCreatedAtDesc(UUID customerId, Pageable pageable);

    /** The order, locked until the transaction ends: its changes happen one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Order o where o.id = :id")
    Optional<Order> findForUpdate(@Param("id") UUID id);

    /** Orders in a status since before a moment: what a delayed job should have handled (the sweeps). */
    @Query("select o.id from Order o where o.status = :status and o.updatedAt < :before order by o.updatedAt")
    List<UUID> findIdsByStatusSince(
            @Param("status") OrderStatus status, @Param("before") Instant before, Pageable page);

    /** Confirmed orders whose invoice should have been issued by now but was not. */
    @Query(value = """
                    SELECT o.id FROM orders o
                    WHERE o.status = 'CONFIRMED' AND o.updated_at < :before
                      AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.order_id = o.id)
                    ORDER BY o.updated_at LIMIT :limit
                    """, nativeQuery = true)
    List<UUID> findConfirmedWithoutInvoice(@Param("before") Instant before, @Param("limit") int limit);
}
