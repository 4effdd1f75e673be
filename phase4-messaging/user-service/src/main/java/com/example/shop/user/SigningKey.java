package com.example.shop.user;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The RSA key user-service signs access tokens with. The private key comes from configuration
 * ({@code SHOP_JWT_PRIVATE_KEY}: base64 of PKCS#8 DER, PEM armour and line breaks allowed); the public key is derived
 * from it and published (see {@link JwksController}) under the key id every token names: the key's RFC 7638 thumbprint.
 *
 * <p>Without a configured key, one is generated at start-up. That is enough for one instance on a laptop, but its
 * tokens die with the process, and a second instance would sign with another key.
 */
@Component
class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);
    private static final int MINIMUM_BITS = 2048;

    private final RSAKey key;

    SigningKey(SigningKeyProperties properties) {
        String configured = properties.privateKey();
        this.key = configured == null || configured.isBlank() ? ephemeral() : fromPkcs8(configured);
    }

    /** Both halves, for signing. */
    RSAKey jwk() {
        return key;
    }

    RSAPublicKey publicKey() {
        try {
            return key.toRSAPublicKey();
        } catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** What may be shown to anyone: the public half only. */
    JWKSet publicKeys() {
        return new JWKSet(key).toPublicJWKSet();
    }

    static RSAKey fromPkcs8(String encoded) {
        String base64 = encoded.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
                throw new IllegalStateException(
                        "shop.jwt.private-key holds no public exponent to derive the public key");
            }
            RSAPublicKey publicKey =
                    (RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            return jwk(publicKey, crt);
        } catch (IllegalArgumentException | GeneralSecurityException ex) {
            // the message names the problem, never the key
            throw new IllegalStateException(
                    "shop.jwt.private-key (SHOP_JWT_PRIVATE_KEY) is not an RSA private key as base64 PKCS#8: "
                            + ex.getMessage(),
                    ex);
        }
    }

    private static RSAKey ephemeral() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(MINIMUM_BITS);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = jwk((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
            log.warn(
                    "No SHOP_JWT_PRIVATE_KEY set: signing tokens with a key generated at start-up (kid {}). Tokens will"
                            + " not survive a restart, and several instances of user-service need one shared key: set"
                            + " SHOP_JWT_PRIVATE_KEY to an RSA private key (base64 PKCS#8)",
                    key.getKeyID());
            return key;
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("Every JVM can generate RSA keys", ex);
        }
    }

    private static RSAKey jwk(RSAPublicKey publicKey, RSAPrivateKey privateKey) {
        if (publicKey.getModulus().bitLength() < MINIMUM_BITS) {
            throw new IllegalStateException("shop.jwt.private-key must be an RSA key of at least 2048 bits");
        }
        try {
            return new RSAKey.Builder(publicKey)
                    .privateKey(privateKey)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint()
                    .build();
        } catch (JOSEException ex) {
            throw new IllegalStateException("Every JVM has SHA-256", ex);
        }
    }

    /** @param privateKey base64 of the PKCS#8 DER encoding; empty: generate a key at start-up */
    @ConfigurationProperties("shop.jwt")
    record SigningKeyProperties(String privateKey) {}
}
