package com.example.shop.notification;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

    List<Notification> findByCustomerIdOrderByCreatedAtDesc(UUID customerId, Limit limit);

    List<Notification> findByCustomerIdAndSeqGreaterThanOrderBySeq(UUID customerId, long seq, Limit limit);
}
