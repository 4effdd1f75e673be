package com.example.shop.acceptance;

import com.example.shop.acceptance.http.ShopClient;
import com.example.shop.acceptance.steps.AdminSteps;
import com.example.shop.acceptance.steps.CatalogSteps;
import com.example.shop.acceptance.steps.CustomerSteps;
import com.example.shop.acceptance.steps.NotificationSteps;
import com.example.shop.acceptance.steps.OrderSteps;
import com.example.shop.acceptance.steps.PaymentSteps;

/** What every journey talks through: one client of the system under test, and the steps written on top of it. */
abstract class Journey {

    protected final ShopClient shop = ShopClient.fromSystemProperties();
    protected final CustomerSteps customers = new CustomerSteps(shop);
    protected final AdminSteps admin = new AdminSteps(shop);
    protected final CatalogSteps catalog = new CatalogSteps(shop);
    protected final OrderSteps orders = new OrderSteps(shop);
    protected final PaymentSteps payments = new PaymentSteps(shop);
    protected final NotificationSteps notifications = new NotificationSteps(shop);
}
