/**
 * Black-box user journeys over HTTP, run unchanged against every phase and configured only by base URLs: the contract
 * a learner's migration must keep.
 */
package com.example.shop.acceptance;
