/** product-service's published contract: the catalog's changes. */
package com.example.shop.product.api;
