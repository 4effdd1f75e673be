package com.example.shop.user;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public key that verifies every access token, as a JSON Web Key Set (RFC 7517). The gateway and every service
 * fetch it once and cache it, instead of asking user-service about each token as phase 2 did. Public: it holds nothing
 * secret.
 */
@RestController
class JwksController {

    static final String PATH = "/.well-known/jwks.json";

    private final SigningKey key;

    JwksController(SigningKey key) {
        this.key = key;
    }

    @GetMapping(PATH)
    Map<String, Object> jwks() {
        return key.publicKeys().toJSONObject();
    }
}
