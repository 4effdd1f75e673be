package com.example.shop.notification;

import java.util.UUID;

/**
 * A task on the e-mail work queue: e-mail this notification (with the order's invoice attached, for a confirmation).
 * Whichever notification-service instance is free takes it: competing consumers of one queue.
 */
record EmailTask(UUID notificationId, boolean attachInvoice) {}
