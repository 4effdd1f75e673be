/**
 * Real infrastructure for integration tests: Testcontainers where Docker is available, the machine's local services
 * where it is not.
 */
package com.example.shop.testsupport;
