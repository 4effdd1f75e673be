/** An order's delayed jobs: expiry, invoice, shipping, kept in Redis by Redisson, with a database sweep behind them. */
package com.example.shop.order.jobs;
