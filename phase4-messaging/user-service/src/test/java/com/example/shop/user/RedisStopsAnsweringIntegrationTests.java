package com.example.shop.user;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.shop.testsupport.PostgresIntegrationTest;
import com.example.shop.testsupport.RedisBehindProxyConfiguration;
import com.example.shop.testsupport.RedisBehindProxyConfiguration.RedisBehindProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Redis stops answering under a running user-service (its connection stays open, its commands time out after
 * {@code spring.data.redis.timeout}): login answers 503 problem details, not a 500, hands out no token, and works again
 * as soon as Redis answers. {@link RedisDownIntegrationTests} covers a Redis that was never reachable.
 */
@PostgresIntegrationTest
@Import(RedisBehindProxyConfiguration.class)
@AutoConfigureMockMvc
class RedisStopsAnsweringIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RedisBehindProxy redis;

    @AfterEach
    void thaw() {
        redis.proxy().thaw();
    }

    @Test
    void loginAnswers503WhileRedisDoesNotAnswerAndRecoversAfterwards() throws Exception {
        Accounts.register(mvc, "katherine@example.com");
        login("katherine@example.com").andExpect(status().isOk());

        redis.proxy().freeze();
        login("katherine@example.com")
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://shop.example.com/problems/service-unavailable"))
                .andExpect(jsonPath("$.accessToken").doesNotExist());

        redis.proxy().thaw();
        login("katherine@example.com")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accessToken").isString());
    }

    private ResultActions login(String email) throws Exception {
        return mvc.perform(
                post("/api/auth/login").contentType(MediaType.APPLICATION_JSON).content("""
                        {"email": "%s", "password": "%s"}
                        """.formatted(
                                email, Accounts.PASSWORD)));
    }
}
