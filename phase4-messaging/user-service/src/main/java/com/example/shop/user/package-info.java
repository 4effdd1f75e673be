/**
 * user-service: accounts with roles, and login: an RS256 JWT signed here, whose public key is published as a JWKS so
 * that the gateway and every service verify tokens without asking, and whose session lives in Redis (so logging out
 * revokes a token at the gateway at once).
 */
package com.example.shop.user;
