/**
 * The security set-up every service applies: bearer tokens are user-service's RS256 JWTs, checked against the keys it
 * publishes (JWKS), and HTTP Basic with one service account guards the service-to-service endpoints under
 * {@code /internal/**}.
 */
package com.example.shop.security;
