import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * Prints a new 2048-bit RSA private key as base64 of its PKCS#8 encoding: the form user-service reads from
 * SHOP_JWT_PRIVATE_KEY (phase 3+). ./run makes one per run directory with `java JwtSigningKey.java`, so only a JDK is
 * needed. With OpenSSL: `openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 | openssl pkcs8 -topk8 -nocrypt
 * -outform DER | base64 -w0` (genpkey's own DER output is PKCS#1, which user-service does not read).
 */
public class JwtSigningKey {

    public static void main(String[] args) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        System.out.println(Base64.getEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded()));
    }
}
