package com.example.shop.compose;

import static com.example.shop.compose.YamlValues.list;
import static com.example.shop.compose.YamlValues.map;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One service of a compose file, read the same way whichever of compose's equivalent syntaxes it uses. */
record ComposeService(Map<String, Object> settings) {

    /** An app service is one that compose builds from this repository; the others are infrastructure. */
    boolean isBuilt() {
        return settings.get("build") != null;
    }

    /** The build context, resolved against the compose file's directory as compose does. */
    Path buildContext(Path composeDirectory) {
        return composeDirectory
                .resolve(String.valueOf(build().getOrDefault("context", ".")))
                .normalize();
    }

    Path dockerfile(Path composeDirectory) {
        return buildContext(composeDirectory)
                .resolve(String.valueOf(build().getOrDefault("dockerfile", "Dockerfile")))
                .normalize();
    }

    /** The build arg MODULE: the Maven module the shared Dockerfile packages, or null when unset. */
    String module() {
        return buildArgs().get("MODULE");
    }

    Map<String, String> buildArgs() {
        return variables(build().get("args"));
    }

    /** environment as a map, from either the mapping or the list ("NAME=value") syntax. */
    Map<String, String> environment() {
        return variables(settings.get("environment"));
    }

    List<PortMapping> ports() {
        return list(settings.get("ports")).stream().map(PortMapping::parse).toList();
    }

    /** SERVER_PORT when compose sets it, otherwise the port the shared image exposes (Spring Boot's 8080). */
    int listeningPort() {
        String serverPort = environment().get("SERVER_PORT");
        return serverPort != null ? Integer.parseInt(serverPort) : RepositoryFiles.exposedPort();
    }

    /** The healthcheck's test as one string ("CMD curl -fs http://..."), or "" when there is none. */
    String healthcheckCommand() {
        Object test = map(settings.get("healthcheck")).get("test");
        if (test instanceof List<?> words) {
            return words.stream().map(String::valueOf).collect(Collectors.joining(" "));
        }
        return test == null ? "" : test.toString();
    }

    boolean healthcheckDisabled() {
        return Boolean.TRUE.equals(map(settings.get("healthcheck")).get("disable"));
    }

    /** Either spelling compose accepts: {@code mem_limit} or {@code deploy.resources.limits.memory}. */
    boolean hasMemoryLimit() {
        Object deployLimit = map(map(map(settings.get("deploy")).get("resources"))
                        .get("limits"))
                .get("memory");
        return settings.get("mem_limit") != null || deployLimit != null;
    }

    /** A fixed container name, or null: with one, compose cannot start a second instance of the service. */
    String containerName() {
        Object name = settings.get("container_name");
        return name == null ? null : name.toString();
    }

    /** depends_on as written: a map of conditions (long syntax), a list of names, or null. */
    Object dependsOn() {
        return settings.get("depends_on");
    }

    private Map<String, Object> build() {
        return map(settings.get("build"));
    }

    /** Build args and environment both come as a mapping or as a list of "NAME=value" (a bare NAME has no value). */
    private static Map<String, String> variables(Object mappingOrList) {
        Map<String, String> variables = new LinkedHashMap<>();
        if (mappingOrList instanceof Map<?, ?> mapping) {
            mapping.forEach((name, value) -> variables.put(String.valueOf(name), String.valueOf(value)));
        } else {
            for (Object entry : list(mappingOrList)) {
                String[] nameAndValue = String.valueOf(entry).split("=", 2);
                variables.put(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : null);
            }
        }
        return variables;
    }
}
