package com.example.shop.user;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final AuthenticationManager authenticationManager;
    private final Sessions sessions;
    private final Users users;

    AuthController(AuthenticationManager authenticationManager, Sessions sessions, Users users) {
        this.authenticationManager = authenticationManager;
        this.sessions = sessions;
        this.users = users;
    }

    /** Unknown email and wrong password get the same 401 (Spring Security hides which one it was). */
    @PostMapping("/login")
    TokenResponse login(@Valid @RequestBody LoginRequest request) {
        Authentication authenticated = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(request.email(), request.password()));
        UserProfile user = users.profile(UUID.fromString(authenticated.getName()))
                .orElseThrow(() -> new BadCredentialsException("Bad credentials"));
        Sessions.IssuedToken token = sessions.open(user);
        return new TokenResponse(token.value(), "Bearer", token.expiresInSeconds());
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@AuthenticationPrincipal Jwt token) {
        sessions.revoke(token.getId());
    }

    record LoginRequest(@NotBlank String email, @NotBlank String password) {}

    record TokenResponse(String accessToken, String tokenType, long expiresIn) {}
}
