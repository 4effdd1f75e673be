/**
 * Users, login and sessions: accounts with roles, and opaque bearer tokens whose sessions live in this module's
 * tables, so that logging out revokes a token at once.
 */
package com.example.shop.user;
