package com.example.shop.user;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The user module's API: registration and profiles. */
@Service
public class Users {

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;

    Users(UserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public UserProfile register(String email, String password, String fullName) {
        return create(email, password, fullName, Role.CUSTOMER);
    }

    @Transactional(readOnly = true)
    public Optional<UserProfile> profile(UUID id) {
        return users.findById(id).map(User::toProfile);
    }

    UserProfile create(String email, String password, String fullName, Role role) {
        String normalized = normalize(email);
        if (users.existsByEmail(normalized)) {
            throw new EmailTakenException(normalized);
        }
        try {
            User user = new User(normalized, passwordEncoder.encode(password), fullName.strip(), role);
            return users.saveAndFlush(user).toProfile();
        } catch (DataIntegrityViolationException raceWithSameEmail) {
            throw new EmailTakenException(normalized);
        }
    }

    static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
