/**
 * user-service: accounts with roles, login and opaque bearer tokens whose sessions live in this service's database
 * (so logging out revokes a token at once), and the introspection endpoint every other service asks about each token.
 */
package com.example.shop.user;
