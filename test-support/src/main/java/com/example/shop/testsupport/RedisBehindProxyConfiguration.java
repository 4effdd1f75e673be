package com.example.shop.testsupport;

import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The real Redis of {@link RedisTestConfiguration}, reached through a {@link TcpProxy} that a test can freeze: Redis
 * "stops answering" while the application's connections to it stay open, which is how a Redis that hangs or sits
 * behind a broken network looks to a client (its commands time out rather than being refused).
 *
 * <p>Autowire {@link RedisBehindProxy} and call {@code proxy().freeze()} / {@code proxy().thaw()}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(RedisTestConfiguration.class)
public class RedisBehindProxyConfiguration {

    @Bean
    static RedisBehindProxy redisBehindProxy() {
        return new RedisBehindProxy();
    }

    /** Puts the proxy between the application and whichever Redis {@link RedisTestConfiguration} provides. */
    public static final class RedisBehindProxy extends ProxyOnFirstConnection {

        RedisBehindProxy() {
            super("Redis");
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof DataRedisConnectionDetails real) {
                return new DataRedisConnectionDetails() {
                    @Override
                    public Standalone getStandalone() {
                        TcpProxy started = start(
                                real.getStandalone().getHost(),
                                real.getStandalone().getPort());
                        return Standalone.of(started.host(), started.port());
                    }

                    @Override
                    public String getUsername() {
                        return real.getUsername();
                    }

                    @Override
                    public String getPassword() {
                        return real.getPassword();
                    }
                };
            }
            return bean;
        }
    }
}
