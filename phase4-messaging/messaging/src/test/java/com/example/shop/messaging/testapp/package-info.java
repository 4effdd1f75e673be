/**
 * A tiny service that uses the messaging module as every phase 4 service does: it writes a note and its
 * {@link com.example.shop.messaging.testapp.OrderNoted} event in one transaction, and consumes those events with an
 * idempotent listener whose effect the tests count.
 */
package com.example.shop.messaging.testapp;
