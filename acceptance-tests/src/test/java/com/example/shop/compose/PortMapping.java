package com.example.shop.compose;

import java.util.Map;

/** A ports entry: "8080:8080", "127.0.0.1:8080:8080", "8080", 8080, or the long syntax. */
record PortMapping(Integer published, int target) {

    static PortMapping parse(Object entry) {
        if (entry instanceof Map<?, ?> longSyntax) {
            Object published = longSyntax.get("published");
            return new PortMapping(
                    published == null ? null : Integer.valueOf(published.toString()),
                    Integer.parseInt(String.valueOf(longSyntax.get("target"))));
        }
        String[] parts = String.valueOf(entry).replaceFirst("/(tcp|udp)$", "").split(":");
        int target = Integer.parseInt(parts[parts.length - 1]);
        return new PortMapping(parts.length == 1 ? null : Integer.valueOf(parts[parts.length - 2]), target);
    }

    @Override
    public String toString() {
        return (published == null ? "" : published + ":") + target;
    }
}
