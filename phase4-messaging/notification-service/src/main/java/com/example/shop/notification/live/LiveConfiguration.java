package com.example.shop.notification.live;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/** Every instance listens on the notifications channel (Redis pub/sub). */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

    @Bean
    RedisMessageListenerContainer liveNotificationsChannel(RedisConnectionFactory redis, LiveNotifications live) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        container.addMessageListener(live, new ChannelTopic(LiveNotifications.CHANNEL));
        return container;
    }
}
