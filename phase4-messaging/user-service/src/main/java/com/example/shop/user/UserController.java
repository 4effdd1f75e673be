package com.example.shop.user;

import com.example.shop.common.Caller;
import com.example.shop.common.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/users")
class UserController {

    private final Users users;

    UserController(Users users) {
        this.users = users;
    }

    @PostMapping
    ResponseEntity<UserResponse> register(@Valid @RequestBody RegistrationRequest request) {
        UserProfile profile = users.register(request.email(), request.password(), request.fullName());
        return ResponseEntity.created(URI.create("/api/users/me")).body(UserResponse.of(profile));
    }

    @GetMapping("/me")
    MeResponse me(Authentication authentication) {
        UUID id = Caller.of(authentication).id();
        UserProfile profile = users.profile(id).orElseThrow(() -> new NotFoundException("User", id));
        return new MeResponse(profile.id(), profile.email(), profile.fullName(), List.of(profile.role()));
    }

    /** bcrypt reads at most 72 bytes of a password, hence the upper bound. */
    record RegistrationRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(min = 8, max = 72) String password,
            @NotBlank @Size(max = 100) String fullName) {}

    record UserResponse(UUID id, String email, String fullName) {
        static UserResponse of(UserProfile profile) {
            return new UserResponse(profile.id(), profile.email(), profile.fullName());
        }
    }

    record MeResponse(UUID id, String email, String fullName, List<Role> roles) {}
}
