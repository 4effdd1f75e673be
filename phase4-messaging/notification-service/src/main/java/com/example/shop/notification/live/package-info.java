/** Live notifications: Server-Sent Events per customer, fanned out across instances through Redis pub/sub. */
package com.example.shop.notification.live;
