/** The gateway's own answers, as the same RFC 9457 problem details the services give. */
package com.example.shop.gateway.problem;
