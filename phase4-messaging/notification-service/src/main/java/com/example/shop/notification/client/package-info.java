/**
 * Calls from notification-service to its neighbours over HTTP, made by the e-mail worker: user-service for a
 * customer's e-mail address, order-service for the invoice attached to a confirmation.
 */
package com.example.shop.notification.client;
