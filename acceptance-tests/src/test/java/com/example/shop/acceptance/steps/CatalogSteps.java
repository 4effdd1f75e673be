package com.example.shop.acceptance.steps;

import static com.example.shop.acceptance.http.Capability.INVENTORY;
import static com.example.shop.acceptance.http.Capability.PRODUCT;
import static com.example.shop.acceptance.http.ResponseAssert.assertThatResponse;

import com.example.shop.acceptance.api.Product;
import com.example.shop.acceptance.api.Stock;
import com.example.shop.acceptance.http.ApiResponse;
import com.example.shop.acceptance.http.ShopClient;

/** What anyone, logged in or not, can see: the catalog and the stock. */
public final class CatalogSteps {

    private final ShopClient shop;

    public CatalogSteps(ShopClient shop) {
        this.shop = shop;
    }

    public ApiResponse browse(int page, int size) {
        return shop.get(PRODUCT, "/api/products?page=" + page + "&size=" + size).send();
    }

    public ApiResponse product(long id) {
        return shop.get(PRODUCT, "/api/products/" + id).send();
    }

    public Stock stockOf(Product product) {
        var response = shop.get(INVENTORY, "/api/inventory/" + product.id()).send();
        assertThatResponse(response).hasStatus(200);
        return response.as(Stock.class);
    }
}
