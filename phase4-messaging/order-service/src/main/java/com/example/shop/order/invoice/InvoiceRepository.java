package com.example.shop.order.invoice;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InvoiceRepository extends JpaRepository<Invoice, UUID> {

    @Query(value = "SELECT nextval('invoice_numbers')", nativeQuery = true)
    long nextNumber();
}
