package com.example.shop.inventory;

import jakarta.persistence.LockModeType;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReservationOrderRepository extends JpaRepository<ReservationOrder, UUID> {

    /**
     * Creates the order's row unless it exists. If another transaction is creating the same row, PostgreSQL makes this
     * one wait until that one commits, and then does nothing: two requests for one order can never both see "no row"
     * (which a read followed by an insert would allow).
     */
    @Modifying
    @Query(
            value =
                    "INSERT INTO reservation_orders (order_id, released) VALUES (:orderId, FALSE) ON CONFLICT DO NOTHING",
            nativeQuery = true)
    void createIfAbsent(@Param("orderId") UUID orderId);

    /** Locks the order's row ({@code SELECT … FOR UPDATE}) until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from ReservationOrder o where o.orderId = :orderId")
    ReservationOrder lock(@Param("orderId") UUID orderId);
}
