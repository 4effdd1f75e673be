/** Request rate limits per caller, kept in Redis so that every gateway instance counts the same requests. */
package com.example.shop.gateway.ratelimit;
