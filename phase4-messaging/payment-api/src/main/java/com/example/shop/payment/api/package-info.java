/** payment-service's published contract: its events, and the shape of the payment details an order carries. */
package com.example.shop.payment.api;
