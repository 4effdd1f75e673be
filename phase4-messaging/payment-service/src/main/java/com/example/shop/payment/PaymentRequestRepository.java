package com.example.shop.payment;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PaymentRequestRepository extends JpaRepository<PaymentRequest, UUID> {

    /** The request, locked until the transaction ends: an attempt and a cancellation never interleave. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from PaymentRequest r where r.orderId = :orderId")
    Optional<PaymentRequest> findForUpdate(@Param("orderId") UUID orderId);

    /** Retries whose job should have run by then: what the sweep does instead. */
    @Query("select r.orderId from PaymentRequest r where r.state = 'RETRYING' and r.nextAttemptAt < :before")
    List<UUID> findRetriesDueBefore(@Param("before") Instant before);
}
