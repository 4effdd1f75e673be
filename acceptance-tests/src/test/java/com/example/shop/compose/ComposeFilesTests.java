package com.example.shop.compose;

import static com.example.shop.compose.RepositoryFiles.SHARED_DOCKERFILE;
import static com.example.shop.compose.YamlValues.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps every phase's {@code docker-compose.yml} in step with the code and with the local launcher ({@code ./run}):
 * both ways of running a phase must start the same services, from existing modules, on the same ports, with
 * configuration the services actually read, and wait for health the same way.
 *
 * <p>A plain unit test: it reads files, it needs no Docker. CI validates the compose syntax itself with
 * {@code docker compose config}. An app service is one that compose builds from this repository ({@code build:});
 * the others (databases, brokers, UIs) are infrastructure.
 *
 * <p>From phase 3 on, the gateway is the one entry (design.md, "Running a phase"): only it and the learner UIs are
 * published, every service finds its neighbours in Consul, and any service can run as several instances
 * ({@code docker compose up --scale inventory-service=2}).
 */
class ComposeFilesTests {

    /**
     * Ports that speak a database, broker, mail or discovery protocol: never published to the learner's machine.
     * (Consul: 8300-8302 server RPC and gossip, 8600 DNS; its HTTP port 8500 serves the UI.)
     */
    private static final Set<Integer> INFRASTRUCTURE_PROTOCOL_PORTS =
            Set.of(5432, 6379, 5672, 9092, 9093, 1025, 8300, 8301, 8302, 8600);

    /** The first phase with a gateway, Consul, and nothing else published. */
    private static final int FIRST_GATEWAY_PHASE = 3;

    private static final String GATEWAY = "gateway";

    /**
     * The web UIs a learner opens, by the port they listen on in their container: from phase 3 on, the only
     * published ports besides the gateway's. A phase that brings a new one (RabbitMQ management, Kafka UI, tracing)
     * adds it here.
     */
    private static final Map<Integer, String> LEARNER_UIS =
            Map.of(8500, "Consul UI", 8025, "Mailpit inbox", 15672, "RabbitMQ management");

    /**
     * Values of variables that hold a secret must come from the learner's environment: a value written in the file
     * would be the same on every machine that runs it.
     */
    private static final Pattern SECRET_VARIABLE = Pattern.compile("SHOP_(.+_SECRET|.+_PRIVATE_KEY|ADMIN_PASSWORD)");

    static Stream<ComposeFile> composeFiles() {
        return ComposeFile.all().stream();
    }

    static Stream<ComposeFile> composeFilesWithAGateway() {
        return composeFiles().filter(compose -> compose.phaseNumber() >= FIRST_GATEWAY_PHASE);
    }

    @Test
    void everyPhaseTheLauncherKnowsHasAComposeFile() {
        Set<String> composePhases = composeFiles().map(ComposeFile::phase).collect(Collectors.toSet());
        Set<String> launcherPhases = LauncherService.all().stream()
                .map(LauncherService::phase)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(launcherPhases).isNotEmpty();
        assertThat(composePhases)
                .as("phases with a phaseN-*/docker-compose.yml")
                .containsAll(launcherPhases);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFiles")
    void appServicesAreExactlyTheServicesTheLauncherStarts(ComposeFile compose) {
        Map<String, String> launcherModules = LauncherService.of(compose.phase()).stream()
                .collect(Collectors.toMap(LauncherService::name, LauncherService::module));
        Map<String, String> composeModules = new LinkedHashMap<>();
        compose.appServices().forEach((name, service) -> composeModules.put(name, service.module()));

        assertThat(composeModules)
                .as("app services (name -> MODULE) of %s compared with launcher/services.conf", compose)
                .isEqualTo(launcherModules);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFiles")
    void builtServicesUseTheSharedDockerfileAndAnExistingModule(ComposeFile compose) {
        List<String> problems = new ArrayList<>();
        compose.appServices().forEach((name, service) -> {
            Path context = service.buildContext(compose.directory());
            Path dockerfile = service.dockerfile(compose.directory());
            if (!dockerfile.equals(SHARED_DOCKERFILE) || !Files.isRegularFile(dockerfile)) {
                problems.add(name + " builds with " + dockerfile + ", not the shared " + SHARED_DOCKERFILE);
            }
            String module = service.module();
            if (module == null || !Files.isRegularFile(context.resolve(module).resolve("pom.xml"))) {
                problems.add(
                        name + ": build arg MODULE=" + module + " names no directory with a pom.xml in " + context);
            }
        });
        assertThat(problems).as("in %s", compose).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFiles")
    void everyServiceHasAHealthcheck(ComposeFile compose) {
        List<String> withoutHealthcheck = compose.services().entrySet().stream()
                .filter(service -> service.getValue().healthcheckCommand().isBlank()
                        || service.getValue().healthcheckDisabled())
                .map(Map.Entry::getKey)
                .toList();
        assertThat(withoutHealthcheck)
                .as("services without a healthcheck in %s", compose)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFiles")
    void appServicesListenAndArePublishedOnTheLauncherPorts(ComposeFile compose) {
        List<String> problems = new ArrayList<>();
        for (LauncherService expected : LauncherService.of(compose.phase())) {
            ComposeService service = compose.appServices().get(expected.name());
            if (service == null) {
                continue; // reported by appServicesAreExactlyTheServicesTheLauncherStarts
            }
            int listening = service.listeningPort();
            if (listening != expected.port()) {
                problems.add(expected.name() + " listens on " + listening + " in its container, the launcher uses "
                        + expected.port() + " (set SERVER_PORT)");
            }
            for (PortMapping port : service.ports()) {
                if (port.target() != listening || (port.published() != null && port.published() != expected.port())) {
                    problems.add(expected.name() + " maps " + port + ", expected " + expected.port() + ":" + listening);
                }
            }
            String probe = "localhost:" + listening + "/actuator/health/readiness";
            if (!service.healthcheckCommand().contains(probe)) {
                problems.add(
                        expected.name() + "'s healthcheck does not ask " + probe + ": " + service.healthcheckCommand());
            }
        }
        assertThat(problems).as("in %s", compose).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFiles")
    void appServicesStartOnlyOnceTheirDependenciesAreHealthy(ComposeFile compose) {
        List<String> problems = new ArrayList<>();
        compose.appServices().forEach((name, service) -> {
            Object dependsOn = service.dependsOn();
            if (!(dependsOn instanceof Map<?, ?> dependencies) || dependencies.isEmpty()) {
                problems.add(name + " has no depends_on with conditions (long syntax): " + dependsOn);
                return;
            }
            dependencies.forEach((dependency, settings) -> {
                if (!"service_healthy".equals(map(settings).get("condition"))) {
                    problems.add(name + " depends on " + dependency + " without condition: service_healthy");
                }
                if (!compose.services().containsKey(String.valueOf(dependency))) {
                    problems.add(name + " depends on " + dependency + ", which is not a service of this file");
                }
            });
        });
        assertThat(problems).as("in %s", compose).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFiles")
    void shopVariablesSetByComposeAreReadByTheModuleConfiguration(ComposeFile compose) {
        List<String> problems = new ArrayList<>();
        compose.appServices().forEach((name, service) -> {
            String module = service.module();
            String configuration = RepositoryFiles.moduleConfiguration(module);
            service.environment().keySet().stream()
                    .filter(variable -> variable.startsWith("SHOP_"))
                    .filter(variable -> !configuration.contains(variable))
                    .forEach(variable -> problems.add(name + " sets " + variable + ", which no " + module
                            + "/src/main/resources/application*.yml mentions"));
        });
        assertThat(problems).as("in %s", compose).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFiles")
    void appServicesHaveAMemoryLimit(ComposeFile compose) {
        List<String> unlimited = compose.appServices().entrySet().stream()
                .filter(service -> !service.getValue().hasMemoryLimit())
                .map(Map.Entry::getKey)
                .toList();
        assertThat(unlimited)
                .as("app services without mem_limit in %s", compose)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFiles")
    void databasesAndBrokersAreNotPublishedOnlyTheirWebUis(ComposeFile compose) {
        List<String> published = new ArrayList<>();
        compose.services().forEach((name, service) -> {
            if (!compose.appServices().containsKey(name)) {
                service.ports().stream()
                        .filter(port -> port.published() != null)
                        .filter(port -> INFRASTRUCTURE_PROTOCOL_PORTS.contains(port.target()))
                        .forEach(port -> published.add(name + " " + port));
            }
        });
        assertThat(published)
                .as("infrastructure ports published in %s", compose)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFiles")
    void secretsAreRequiredFromTheEnvironmentNeverWrittenInTheFile(ComposeFile compose) {
        List<String> problems = new ArrayList<>();
        compose.appServices().forEach((name, service) -> service.environment().forEach((variable, value) -> {
            boolean required = value != null && value.matches("\\$\\{" + Pattern.quote(variable) + ":\\?.+}");
            if (SECRET_VARIABLE.matcher(variable).matches() && !required) {
                problems.add(name + " sets " + variable + " to " + value + ", expected ${" + variable
                        + ":?tell the learner to set it}");
            }
        }));
        assertThat(problems).as("in %s", compose).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFilesWithAGateway")
    void onlyTheGatewayAndTheLearnerUisArePublished(ComposeFile compose) {
        List<String> problems = new ArrayList<>();
        ComposeService gateway = compose.appServices().get(GATEWAY);
        if (gateway == null) {
            problems.add("no app service named " + GATEWAY + ": from phase " + FIRST_GATEWAY_PHASE
                    + " on it is the one entry");
        } else if (gateway.ports().stream().noneMatch(port -> port.published() != null)) {
            problems.add(GATEWAY + " is not published on a fixed host port: " + gateway.ports());
        }
        compose.services().forEach((name, service) -> {
            if (name.equals(GATEWAY) && service.isBuilt()) {
                return; // appServicesListenAndArePublishedOnTheLauncherPorts checks its mapping
            }
            // Every ports entry counts: "8080" alone publishes too, on a random host port. Containers reach each
            // other on any port without one.
            for (PortMapping port : service.ports()) {
                if (service.isBuilt()) {
                    problems.add(name + " publishes " + port + ": only the gateway is reachable from the host (and a"
                            + " fixed host port would also stop a second instance from starting)");
                } else if (!LEARNER_UIS.containsKey(port.target())) {
                    problems.add(name + " publishes " + port + ", which is no learner UI " + LEARNER_UIS);
                }
            }
        });
        assertThat(problems).as("in %s", compose).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFilesWithAGateway")
    void everyAppServiceFindsItsNeighboursInConsul(ComposeFile compose) {
        List<String> problems = new ArrayList<>();
        compose.appServices().forEach((name, service) -> {
            Map<String, String> environment = service.environment();
            if (!"true".equals(environment.get("SHOP_CONSUL_ENABLED"))) {
                problems.add(name + " sets SHOP_CONSUL_ENABLED=" + environment.get("SHOP_CONSUL_ENABLED")
                        + ", expected true");
            }
            String consul = environment.get("SHOP_CONSUL_HOST");
            if (consul == null || !compose.services().containsKey(consul)) {
                problems.add(name + " sets SHOP_CONSUL_HOST=" + consul + ", which names no service of this file");
            } else if (!map(service.dependsOn()).containsKey(consul)) {
                problems.add(name + " does not wait for " + consul + " (depends_on)");
            }
        });
        assertThat(problems).as("in %s", compose).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFilesWithAGateway")
    void appServicesCanRunAsSeveralInstances(ComposeFile compose) {
        List<String> named = new ArrayList<>();
        compose.appServices().forEach((name, service) -> {
            if (service.containerName() != null) {
                named.add(name + " (container_name: " + service.containerName() + ")");
            }
        });
        assertThat(named)
                .as("app services with a fixed container name in %s: --scale cannot start a second instance", compose)
                .isEmpty();
    }
}
