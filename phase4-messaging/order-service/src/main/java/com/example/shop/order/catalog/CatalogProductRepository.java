package com.example.shop.order.catalog;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CatalogProductRepository extends JpaRepository<CatalogProduct, Long> {

    /**
     * Creates an empty, unlisted copy of the product unless one exists, dated the epoch so that any news about it
     * applies. The product's event and an order that reads a product through (both may be first) can race to create
     * it: PostgreSQL makes the second wait for the first to commit, then does nothing, where a read followed by an
     * insert would let both see "no row" and fail one of them on the primary key.
     */
    @Modifying
    @Query(
            value = "INSERT INTO catalog_products (id, name, price, currency, listed, changed_at)"
                    + " VALUES (:id, '', 0, 'EUR', FALSE, TIMESTAMP WITH TIME ZONE 'epoch') ON CONFLICT DO NOTHING",
            nativeQuery = true)
    void createIfAbsent(@Param("id") long id);

    /** Locks the product's copy ({@code SELECT … FOR UPDATE}) until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from CatalogProduct p where p.id = :id")
    CatalogProduct lock(@Param("id") long id);
}
