package com.example.shop.acceptance.steps;

import static com.example.shop.acceptance.http.Capability.INVENTORY;
import static com.example.shop.acceptance.http.Capability.PRODUCT;
import static com.example.shop.acceptance.http.Capability.USER;
import static com.example.shop.acceptance.http.ResponseAssert.assertThatResponse;

import com.example.shop.acceptance.api.AccessToken;
import com.example.shop.acceptance.api.Money;
import com.example.shop.acceptance.api.Product;
import com.example.shop.acceptance.api.Stock;
import com.example.shop.acceptance.http.ApiResponse;
import com.example.shop.acceptance.http.Capability;
import com.example.shop.acceptance.http.ShopClient;
import java.util.Map;
import java.util.UUID;

/**
 * What the shop's administrator does for the journeys: each journey gets products of its own with a known stock, so no
 * journey depends on the demo catalog or on what another journey bought.
 */
public final class AdminSteps {

    private static volatile String accessToken;

    private final ShopClient shop;

    public AdminSteps(ShopClient shop) {
        this.shop = shop;
    }

    /** The admin's token, obtained once per run with {@code shop.admin.email} / {@code shop.admin.password}. */
    public String accessToken() {
        if (accessToken == null) {
            synchronized (AdminSteps.class) {
                if (accessToken == null) {
                    accessToken = logIn();
                }
            }
        }
        return accessToken;
    }

    public Product productWithStock(String price, int available) {
        var product = product(Money.eur(price));
        setStock(product.id(), available);
        return product;
    }

    public Product product(Money price) {
        var sku = "ACC-" + UUID.randomUUID();
        var response = shop.post(PRODUCT, "/api/products")
                .bearer(accessToken())
                .json(Map.of(
                        "sku", sku, "name", "Acceptance " + sku, "description", "made by a journey", "price", price))
                .send();
        assertThatResponse(response).hasStatus(201).hasHeader("Location");
        return response.as(Product.class);
    }

    public Stock setStock(long productId, int available) {
        var response = shop.put(INVENTORY, "/api/inventory/" + productId)
                .bearer(accessToken())
                .json(Map.of("available", available))
                .send();
        assertThatResponse(response).hasStatus(200);
        return response.as(Stock.class);
    }

    public ApiResponse switchFault(Capability capability, String mode) {
        return shop.request("PUT", shop.urls().faultSwitch(capability))
                .bearer(accessToken())
                .json(Map.of("mode", mode, "delayMs", 0))
                .send();
    }

    /** The switches listed where this capability's switch lives. */
    public ApiResponse faults(Capability capability) {
        return shop.request("GET", shop.urls().faultSwitches(capability))
                .bearer(accessToken())
                .send();
    }

    private String logIn() {
        var email = System.getProperty("shop.admin.email", "admin@shop.example");
        var password = System.getProperty("shop.admin.password", "admin-password-local");
        var response = shop.post(USER, "/api/auth/login")
                .json(Map.of("email", email, "password", password))
                .send();
        assertThatResponse(response)
                .as("admin login with shop.admin.email / shop.admin.password")
                .hasStatus(200);
        return response.as(AccessToken.class).accessToken();
    }
}
