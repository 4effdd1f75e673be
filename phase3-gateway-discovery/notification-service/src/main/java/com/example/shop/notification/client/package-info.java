/** Calls from notification-service to its neighbours over HTTP: user-service for a customer's e-mail address. */
package com.example.shop.notification.client;
