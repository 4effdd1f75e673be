/** Invoices: a PDF per confirmed order, issued by a delayed job, downloadable by the owner. */
package com.example.shop.order.invoice;
