/**
 * Payments: one strategy per payment method (card, UPI, cash on delivery), charges and refunds, and the record of
 * every payment.
 */
package com.example.shop.payment;
