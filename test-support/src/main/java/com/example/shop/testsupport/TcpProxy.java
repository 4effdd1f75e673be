package com.example.shop.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on a free loopback port in front of a real server, for tests of what a service does when that server
 * stops answering while connections to it stay open (a frozen process, a network partition): {@link #freeze()} keeps
 * every connection open but passes nothing on, in either direction, until {@link #thaw()}; {@link #cut()} breaks every
 * connection and refuses new ones until {@link #restore()} (a broker going away while its clients run). A refused
 * connection is easier to test (point the service at a closed port); a silent one is what timeouts are for.
 */
public final class TcpProxy implements AutoCloseable {

    private final InetSocketAddress upstream;
    private final ServerSocket listener;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Object gate = new Object();
    private volatile boolean frozen;
    private volatile boolean cut;

    private TcpProxy(InetSocketAddress upstream) throws IOException {
        this.upstream = upstream;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "tcp-proxy-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts a proxy that forwards every connection it accepts to {@code host:port}. */
    public static TcpProxy to(String host, int port) {
        try {
            return new TcpProxy(new InetSocketAddress(host, port));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public String host() {
        return listener.getInetAddress().getHostAddress();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** From now on bytes are held back in both directions; connections stay open and new ones are accepted. */
    public void freeze() {
        frozen = true;
    }

    /** Passes bytes on again, including those held back while frozen. */
    public void thaw() {
        synchronized (gate) {
            frozen = false;
            gate.notifyAll();
        }
    }

    /**
     * Breaks every open connection (both peers see it closed) and refuses new ones until {@link #restore()}: a network
     * cut, or the server going away, as the client sees it.
     */
    public void cut() {
        cut = true;
        sockets.forEach(TcpProxy::closeQuietly);
        sockets.clear();
    }

    /** Accepts and forwards connections again after {@link #cut()}. */
    public void restore() {
        cut = false;
    }

    @Override
    public void close() {
        thaw();
        closeQuietly(listener);
        sockets.forEach(TcpProxy::closeQuietly);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (cut) {
                    closeQuietly(client);
                    continue;
                }
                Socket server = new Socket(upstream.getAddress(), upstream.getPort());
                sockets.add(client);
                sockets.add(server);
                if (cut) {
                    // cut while this connection was being opened: it must not survive the cut
                    closeQuietly(client);
                    closeQuietly(server);
                    continue;
                }
                pump(client, server, "up");
                pump(server, client, "down");
            } catch (IOException ex) {
                // the listener was closed, or the upstream refused this connection: the client sees it closed
            }
        }
    }

    private void pump(Socket from, Socket to, String direction) {
        Thread pump = new Thread(
                () -> {
                    byte[] buffer = new byte[8192];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int read;
                        while ((read = in.read(buffer)) != -1) {
                            awaitThawed();
                            out.write(buffer, 0, read);
                            out.flush();
                        }
                    } catch (IOException | InterruptedException ex) {
                        // one side went away: close both, as a real peer would see it
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                    }
                },
                "tcp-proxy-" + direction + "-" + from.getPort());
        pump.setDaemon(true);
        pump.start();
    }

    private void awaitThawed() throws InterruptedException {
        synchronized (gate) {
            while (frozen) {
                gate.wait();
            }
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ex) {
            // closing is best effort
        }
    }
}
