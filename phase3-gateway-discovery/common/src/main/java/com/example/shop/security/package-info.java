/**
 * The security set-up every service applies: bearer tokens checked by asking user-service (RFC 7662 introspection),
 * and HTTP Basic with one service account for the service-to-service endpoints under {@code /internal/**}.
 */
package com.example.shop.security;
