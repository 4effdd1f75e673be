package com.example.shop.testsupport;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * What {@link RabbitBehindProxyConfiguration} and {@link RedisBehindProxyConfiguration} share: a {@link TcpProxy} to
 * the real server, started the first time the application asks where that server is, and closed with the context.
 * Each subclass wraps its server's connection details so that they name the proxy.
 */
public abstract class ProxyOnFirstConnection implements BeanPostProcessor, DisposableBean {

    private final String server;
    private volatile TcpProxy proxy;

    /** @param server what the proxy stands in front of, for the error message of {@link #proxy()} */
    ProxyOnFirstConnection(String server) {
        this.server = server;
    }

    /** The proxy; started on the application's first connection. */
    public TcpProxy proxy() {
        if (proxy == null) {
            throw new IllegalStateException("Nothing has connected to " + server + " yet");
        }
        return proxy;
    }

    /** The proxy to the real server at host:port, started on the first call. */
    synchronized TcpProxy start(String host, int port) {
        if (proxy == null) {
            proxy = TcpProxy.to(host, port);
        }
        return proxy;
    }

    @Override
    public void destroy() {
        if (proxy != null) {
            proxy.close();
        }
    }
}
