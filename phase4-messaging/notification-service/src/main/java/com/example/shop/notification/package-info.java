/**
 * Notifications: every message to a customer is stored (so it can be listed) and then e-mailed over SMTP, or logged
 * where no SMTP server is configured. A failing mail server never loses the stored notification.
 */
package com.example.shop.notification;
