package com.example.shop.product;

import com.example.shop.common.DomainProblem;
import org.springframework.http.HttpStatus;

class SkuTakenException extends DomainProblem {

    SkuTakenException(String sku) {
        super(HttpStatus.CONFLICT, "sku-taken", "SKU already used", "Another product already has the SKU " + sku);
    }
}
