package com.example.shop.user;

import com.example.shop.common.NotFoundException;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What other services may know about a user (the service account only, see {@link SecurityConfiguration}):
 * notification-service looks up the address it e-mails. In phase 1 this was a method call to {@link Users#profile}.
 */
@RestController
@RequestMapping("/internal/users")
class InternalUserController {

    private final Users users;

    InternalUserController(Users users) {
        this.users = users;
    }

    @GetMapping("/{id}")
    UserProfile user(@PathVariable UUID id) {
        return users.profile(id).orElseThrow(() -> new NotFoundException("User", id));
    }
}
