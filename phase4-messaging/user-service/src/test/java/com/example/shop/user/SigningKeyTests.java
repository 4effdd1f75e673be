package com.example.shop.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The signing key comes from configuration in the forms openssl writes it, or is generated; its kid is its thumbprint. */
class SigningKeyTests {

    @Test
    void readsAPemPrivateKeyAndDerivesItsPublicKey() throws Exception {
        KeyPair pair = rsaKeyPair(2048);

        SigningKey key = new SigningKey(new SigningKey.SigningKeyProperties(pem(pair)));

        assertThat(key.publicKey()).isEqualTo(pair.getPublic());
        assertThat(key.jwk().getKeyID()).isEqualTo(thumbprint((RSAPublicKey) pair.getPublic()));
    }

    @Test
    void readsThePlainBase64OfTheSameKeyToTheSameKeyId() throws Exception {
        KeyPair pair = rsaKeyPair(2048);
        String base64 = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());

        assertThat(SigningKey.fromPkcs8(base64).getKeyID())
                .isEqualTo(SigningKey.fromPkcs8(pem(pair)).getKeyID());
    }

    @Test
    void generatesAKeyWhenNoneIsConfigured() throws Exception {
        SigningKey first = new SigningKey(new SigningKey.SigningKeyProperties(""));
        SigningKey second = new SigningKey(new SigningKey.SigningKeyProperties(null));

        assertThat(first.publicKey().getModulus().bitLength()).isEqualTo(2048);
        assertThat(first.jwk().getKeyID()).isEqualTo(thumbprint(first.publicKey()));
        assertThat(second.jwk().getKeyID()).isNotEqualTo(first.jwk().getKeyID());
    }

    @Test
    void publishesOnlyThePublicHalf() {
        SigningKey key = new SigningKey(new SigningKey.SigningKeyProperties(""));

        assertThat(key.publicKeys().getKeys()).singleElement().satisfies(jwk -> assertThat(jwk.isPrivate())
                .isFalse());
    }

    @Test
    void refusesSomethingThatIsNotAKeyWithoutEchoingIt() {
        assertThatIllegalStateException()
                .isThrownBy(() -> SigningKey.fromPkcs8("c2VjcmV0LWJ1dC1ub3QtYS1rZXk="))
                .withMessageContaining("SHOP_JWT_PRIVATE_KEY")
                .withMessageNotContaining("c2VjcmV0");
    }

    @Test
    void refusesAKeyShorterThan2048Bits() throws Exception {
        assertThatIllegalStateException()
                .isThrownBy(() -> SigningKey.fromPkcs8(pem(rsaKeyPair(1024))))
                .withMessageContaining("2048");
    }

    private static KeyPair rsaKeyPair(int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }

    /** What {@code openssl genpkey -algorithm RSA} prints: PKCS#8, base64 in 64-character lines, PEM armour. */
    private static String pem(KeyPair pair) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes())
                        .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    private static String thumbprint(RSAPublicKey publicKey) throws Exception {
        return new RSAKey.Builder(publicKey).build().computeThumbprint().toString();
    }
}
