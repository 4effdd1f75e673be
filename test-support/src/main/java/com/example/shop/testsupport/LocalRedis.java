package com.example.shop.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The local Redis (no Docker): a test's own database number is emptied ({@code FLUSHDB}) once per test JVM, so that
 * every run starts with no key left by the last one, as a container would; the other databases are never touched.
 * Spoken in Redis's own protocol, so that test-support needs no Redis client.
 */
final class LocalRedis {

    static final String HOST = "127.0.0.1";
    static final int PORT = 6379;

    private static final Set<Integer> EMPTIED = ConcurrentHashMap.newKeySet();

    private LocalRedis() {}

    static void freshDatabase(int database) {
        if (database < 0 || database > 15) {
            throw new IllegalArgumentException("shop.test.redis-database must be 0 to 15, not " + database);
        }
        if (EMPTIED.add(database)) {
            flush(database);
        }
    }

    private static void flush(int database) {
        String select = String.valueOf(database);
        String commands =
                "*2\r\n$6\r\nSELECT\r\n$" + select.length() + "\r\n" + select + "\r\n" + "*1\r\n$7\r\nFLUSHDB\r\n";
        try (Socket socket = new Socket(HOST, PORT)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(commands.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            for (int reply = 0; reply < 2; reply++) {
                String line = readLine(in);
                if (!line.equals("+OK")) {
                    throw new IllegalStateException("Redis answered " + line + " to SELECT/FLUSHDB " + database);
                }
            }
        } catch (IOException ex) {
            throw new IllegalStateException(
                    "No Docker and no local Redis at " + HOST + ":" + PORT + " (start it, see .ci/run): "
                            + ex.getMessage(),
                    ex);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c == -1) {
                throw new IOException("Redis closed the connection");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
