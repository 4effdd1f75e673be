/** Edge authentication: a bearer JWT signed by user-service, with a live session in Redis. */
package com.example.shop.gateway.security;
