package com.example.shop.order.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogProductRepository extends JpaRepository<CatalogProduct, Long> {}
