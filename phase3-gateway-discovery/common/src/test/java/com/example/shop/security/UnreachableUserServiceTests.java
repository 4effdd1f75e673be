package com.example.shop.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A service whose user-service is down before it ever fetched the signing keys: a bearer token can be neither
 * accepted nor refused. The caller must get 503 problem details (through the same exception resolvers as every other
 * error), not the container's plain 500 and not a 401 that would send a valid user back to log in.
 */
// the fake user-service publishes keys and nothing else: no readiness endpoint for the load balancer to check
@SpringBootTest(classes = TokenCheckingService.class, properties = "shop.discovery.health-checks=false")
@AutoConfigureMockMvc
class UnreachableUserServiceTests {

    @DynamicPropertySource
    static void userServiceIsDown(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.cloud.discovery.client.simple.instances.user-service[0].uri",
                () -> "http://127.0.0.1:" + closedPort());
    }

    @Autowired
    MockMvc mvc;

    @Test
    void answers503ProblemDetailsWhenTheSigningKeysCannotBeFetched() throws Exception {
        String token = TestTokens.customerToken(TestTokens.newKey());

        mvc.perform(get("/api/caller").header("Authorization", "Bearer " + token))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://shop.example.com/problems/service-unavailable"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(
                        jsonPath("$.detail").value("authentication is unavailable: user-service could not be reached"));
    }

    @Test
    void stillAnswers401WithoutAToken() throws Exception {
        mvc.perform(get("/api/caller"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://shop.example.com/problems/unauthorized"));
    }

    @Test
    void stillAnswers401ForSomethingThatIsNotAJwt() throws Exception {
        mvc.perform(get("/api/caller").header("Authorization", "Bearer not-a-jwt"))
                .andExpect(status().isUnauthorized());
    }

    /** A port nobody listens on: user-service is down. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
