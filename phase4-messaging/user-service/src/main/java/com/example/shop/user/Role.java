package com.example.shop.user;

/** What a user may do: customers shop, admins also run the catalog, the stock and the fault switches. */
public enum Role {
    CUSTOMER,
    ADMIN
}
