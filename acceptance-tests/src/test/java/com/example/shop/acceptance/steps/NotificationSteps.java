package com.example.shop.acceptance.steps;

import static com.example.shop.acceptance.http.Capability.NOTIFICATION;
import static com.example.shop.acceptance.http.ResponseAssert.assertThatResponse;

import com.example.shop.acceptance.api.Customer;
import com.example.shop.acceptance.api.Notification;
import com.example.shop.acceptance.http.ApiResponse;
import com.example.shop.acceptance.http.ShopClient;
import java.util.List;

/** What the shop told the customer about their orders. */
public final class NotificationSteps {

    private final ShopClient shop;

    public NotificationSteps(ShopClient shop) {
        this.shop = shop;
    }

    public ApiResponse list(Customer customer) {
        return shop.get(NOTIFICATION, "/api/notifications")
                .bearer(customer.accessToken())
                .send();
    }

    public List<Notification> notificationsOf(Customer customer) {
        var response = list(customer);
        assertThatResponse(response).hasStatus(200);
        return response.asListOf(Notification.class);
    }
}
