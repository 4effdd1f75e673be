/** Circuit breakers and time limits on the gateway's routes. */
package com.example.shop.gateway.resilience;
