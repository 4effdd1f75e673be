/**
 * The security set-up every service applies ({@link com.example.shop.security.ShopSecurityAutoConfiguration}): how a
 * bearer token is checked, and HTTP Basic with one service account for the service-to-service endpoints under
 * {@code /internal/**}. A service adds only its {@link com.example.shop.security.AccessRules}.
 */
package com.example.shop.security;
