package com.example.shop.acceptance.steps;

import static com.example.shop.acceptance.http.Capability.USER;
import static com.example.shop.acceptance.http.ResponseAssert.assertThatResponse;

import com.example.shop.acceptance.api.AccessToken;
import com.example.shop.acceptance.api.Customer;
import com.example.shop.acceptance.api.Profile;
import com.example.shop.acceptance.http.ApiResponse;
import com.example.shop.acceptance.http.ShopClient;
import java.util.Map;
import java.util.UUID;

/** Registering, logging in and out: every customer is new, with a unique e-mail, so runs never collide. */
public final class CustomerSteps {

    private final ShopClient shop;

    public CustomerSteps(ShopClient shop) {
        this.shop = shop;
    }

    public static String uniqueEmail() {
        return "customer-" + UUID.randomUUID() + "@example.org";
    }

    public Customer registeredAndLoggedIn() {
        return logIn(registered());
    }

    public Customer registered() {
        var email = uniqueEmail();
        var password = "secret-" + UUID.randomUUID();
        var fullName = "Ada Acceptance";
        var response = register(email, password, fullName);
        assertThatResponse(response).hasStatus(201);
        return new Customer(response.as(Profile.class).id(), email, password, fullName, null);
    }

    public Customer logIn(Customer customer) {
        var response = login(customer.email(), customer.password());
        assertThatResponse(response).hasStatus(200);
        return customer.withAccessToken(response.as(AccessToken.class).accessToken());
    }

    public ApiResponse register(String email, String password, String fullName) {
        return shop.post(USER, "/api/users")
                .json(Map.of("email", email, "password", password, "fullName", fullName))
                .send();
    }

    public ApiResponse login(String email, String password) {
        return shop.post(USER, "/api/auth/login")
                .json(Map.of("email", email, "password", password))
                .send();
    }

    public ApiResponse logOut(Customer customer) {
        return shop.post(USER, "/api/auth/logout")
                .bearer(customer.accessToken())
                .send();
    }

    public ApiResponse profile(Customer customer) {
        return shop.get(USER, "/api/users/me").bearer(customer.accessToken()).send();
    }

    public Profile profileOf(Customer customer) {
        var response = profile(customer);
        assertThatResponse(response).hasStatus(200);
        return response.as(Profile.class);
    }
}
