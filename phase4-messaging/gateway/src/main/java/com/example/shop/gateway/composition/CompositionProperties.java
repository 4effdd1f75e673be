package com.example.shop.gateway.composition;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param timeout how long one service may take to answer a part of a composed response */
@ConfigurationProperties("shop.composition")
record CompositionProperties(@DefaultValue("2s") Duration timeout) {}
