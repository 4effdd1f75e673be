package com.example.shop.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.Filter;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * A service whose user-service is down: the bearer token cannot be introspected. The caller must get 503 problem
 * details (through the same exception resolvers as every other error), not the container's plain 500.
 */
@SpringJUnitWebConfig(UnreachableUserServiceTests.Service.class)
class UnreachableUserServiceTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class))
                .build();
    }

    @Test
    void answers503ProblemDetailsWhenTheTokenCannotBeIntrospected() throws Exception {
        mvc.perform(get("/api/things").header("Authorization", "Bearer some-token"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://shop.example.com/problems/service-unavailable"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.detail").value(RemoteTokenIntrospector.UNAVAILABLE));
    }

    @Test
    void stillAnswers401WithoutAToken() throws Exception {
        mvc.perform(get("/api/things"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://shop.example.com/problems/unauthorized"));
    }

    @Test
    void theIntrospectorReportsAnUnreachableUserServiceAsAnAuthenticationServiceException() {
        OpaqueTokenIntrospector introspector = context.getBean(OpaqueTokenIntrospector.class);

        assertThatThrownBy(() -> introspector.introspect("some-token"))
                .isInstanceOf(AuthenticationServiceException.class)
                .hasMessage(RemoteTokenIntrospector.UNAVAILABLE);
        assertThat(RemoteTokenIntrospector.UNAVAILABLE).contains("user-service");
    }

    /** A minimal service: one protected endpoint, the shared problem details and the shared security set-up. */
    @Configuration
    @EnableWebMvc
    @EnableWebSecurity
    @ComponentScan(basePackages = "com.example.shop.common")
    static class Service {

        @Bean
        OpaqueTokenIntrospector introspector() throws IOException {
            return new RemoteTokenIntrospector(new IntrospectionProperties(
                    "http://127.0.0.1:" + closedPort() + "/api/auth/introspect",
                    "shop-services",
                    "secret",
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1)));
        }

        @Bean
        SecurityFilterChain api(
                HttpSecurity http,
                OpaqueTokenIntrospector introspector,
                @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver)
                throws Exception {
            return ShopSecurity.resourceServer(http, introspector, resolver)
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .build();
        }

        @Bean
        ThingsController things() {
            return new ThingsController();
        }

        /** A port nobody listens on: user-service is down. */
        private static int closedPort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }

    @RestController
    static class ThingsController {

        @GetMapping("/api/things")
        String things() {
            return "[]";
        }
    }
}
