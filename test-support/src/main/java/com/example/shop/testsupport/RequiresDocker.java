package com.example.shop.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * For tests of something that has no local stand-in and exists here only as a container (a Consul agent): they run
 * where a Docker engine answers and are reported as skipped, with this reason, where none does.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@EnabledIf(
        value = "com.example.shop.testsupport.Infrastructure#hasDocker",
        disabledReason = "needs a Docker engine (the real thing runs only as a container), and none answers here")
public @interface RequiresDocker {}
