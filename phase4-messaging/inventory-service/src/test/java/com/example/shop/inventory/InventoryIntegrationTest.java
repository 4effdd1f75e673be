package com.example.shop.inventory;

import com.example.shop.testsupport.IsolatedInfrastructure;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/** inventory-service whole, on a real PostgreSQL database and RabbitMQ virtual host of its tests' own. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "shop.test.name=p4_inventory")
@Import(IsolatedInfrastructure.class)
@AutoConfigureMockMvc
@interface InventoryIntegrationTest {}
