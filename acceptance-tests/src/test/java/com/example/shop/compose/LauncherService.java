package com.example.shop.compose;

import java.util.List;

/** A line of launcher/services.conf: {@code phase service module port}, what {@code ./run} starts. */
record LauncherService(String phase, String name, String module, int port) {

    static List<LauncherService> all() {
        return RepositoryFiles.readString(RepositoryFiles.ROOT.resolve("launcher/services.conf"))
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+"))
                .map(columns -> new LauncherService(columns[0], columns[1], columns[2], Integer.parseInt(columns[3])))
                .toList();
    }

    static List<LauncherService> of(String phase) {
        return all().stream().filter(service -> service.phase().equals(phase)).toList();
    }
}
