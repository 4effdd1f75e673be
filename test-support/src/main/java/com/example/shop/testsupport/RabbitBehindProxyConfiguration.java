package com.example.shop.testsupport;

import java.util.List;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The real RabbitMQ of {@link RabbitTestConfiguration}, reached through a {@link TcpProxy} that a test can cut: every
 * connection of the application to the broker breaks at once and new ones are refused until the test restores it,
 * which is how a broker restart or a network cut looks to its clients.
 *
 * <p>Autowire {@link RabbitBehindProxy} and call {@code proxy().cut()} / {@code proxy().restore()}. The test's own
 * management API calls ({@link RabbitManagement}) do not go through the proxy.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(RabbitTestConfiguration.class)
public class RabbitBehindProxyConfiguration {

    @Bean
    static RabbitBehindProxy rabbitBehindProxy() {
        return new RabbitBehindProxy();
    }

    /** Puts the proxy between the application and whichever RabbitMQ {@link RabbitTestConfiguration} provides. */
    public static final class RabbitBehindProxy extends ProxyOnFirstConnection {

        RabbitBehindProxy() {
            super("RabbitMQ");
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof RabbitConnectionDetails real) {
                return new RabbitConnectionDetails() {
                    @Override
                    public List<Address> getAddresses() {
                        TcpProxy started = start(
                                real.getFirstAddress().host(),
                                real.getFirstAddress().port());
                        return List.of(new Address(started.host(), started.port()));
                    }

                    @Override
                    public String getUsername() {
                        return real.getUsername();
                    }

                    @Override
                    public String getPassword() {
                        return real.getPassword();
                    }

                    @Override
                    public String getVirtualHost() {
                        return real.getVirtualHost();
                    }
                };
            }
            return bean;
        }
    }
}
