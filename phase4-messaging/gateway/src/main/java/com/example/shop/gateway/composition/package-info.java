/** Responses the gateway composes from several services (API composition). */
package com.example.shop.gateway.composition;
