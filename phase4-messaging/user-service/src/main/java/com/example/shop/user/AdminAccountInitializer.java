package com.example.shop.user;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the one ADMIN account at start-up if it does not exist yet. Its password comes from configuration
 * ({@code SHOP_ADMIN_PASSWORD}); when none is given, a random one is generated and logged once.
 */
@Component
class AdminAccountInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);

    private final Users users;
    private final UserRepository repository;
    private final AdminProperties admin;

    AdminAccountInitializer(Users users, UserRepository repository, AdminProperties admin) {
        this.users = users;
        this.repository = repository;
        this.admin = admin;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String email = Users.normalize(admin.email());
        if (repository.existsByEmail(email)) {
            return;
        }
        String password = admin.password();
        if (password == null || password.isBlank()) {
            password = generatePassword();
            log.warn("No SHOP_ADMIN_PASSWORD given: created {} with the generated password {}", email, password);
        } else {
            log.info("Created the admin account {}", email);
        }
        users.create(email, password, "Shop Admin", Role.ADMIN);
    }

    private static String generatePassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    @ConfigurationProperties("shop.admin")
    record AdminProperties(
            @DefaultValue("admin@shop.example") String email, String password) {}
}
