/**
 * Fault switches for the lessons: an ADMIN makes a capability fail or slow down, to show how each architecture reacts.
 */
package com.example.shop.fault;
