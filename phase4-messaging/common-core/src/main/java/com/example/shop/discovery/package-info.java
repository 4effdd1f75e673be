/** How the services' load balancer picks among a neighbour's instances. */
package com.example.shop.discovery;
