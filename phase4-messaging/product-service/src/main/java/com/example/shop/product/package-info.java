/** product-service: the product catalog, what the shop sells and at what price. */
package com.example.shop.product;
