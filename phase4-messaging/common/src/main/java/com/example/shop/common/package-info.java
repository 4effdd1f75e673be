/**
 * The shared kernel: money, and the problem details every module answers errors with. Every other module may use it;
 * it uses none of them.
 */
package com.example.shop.common;
