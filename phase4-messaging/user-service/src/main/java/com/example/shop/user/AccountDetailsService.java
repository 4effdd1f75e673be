package com.example.shop.user;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets Spring Security check passwords at login. Its {@code DaoAuthenticationProvider} also hashes a dummy password
 * for unknown emails, so that an unknown email and a wrong password take about the same time.
 */
@Component
class AccountDetailsService implements UserDetailsService {

    private final UserRepository users;

    AccountDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return users.findByEmail(Users.normalize(email))
                .map(user -> org.springframework.security.core.userdetails.User.withUsername(
                                user.id().toString())
                        .password(user.passwordHash())
                        .roles(user.role().name())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
