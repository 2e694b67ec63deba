package org.trialline.gateway.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.springframework.core.io.Resource;

/** The RSA key the gateway signs its tokens with; its public half is published as a JWK Set. */
public final class SigningKey {

    private final RSAKey key;

    private SigningKey(RSAKey key) {
        this.key = key;
    }

    /** The key at {@code location}, or a new one when there is none. */
    public static SigningKey from(Resource location) {
        // a generated key dies with the process: nothing secret is stored, and a restart signs everyone out, which
        // suits one local gateway; several instances must share a key from signing-key-location
        KeyPair pair = location == null ? generate() : read(location);
        try {
            RSAKey jwk = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey(pair.getPrivate())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint()
                    .build();
            return new SigningKey(jwk);
        } catch (JOSEException ex) {
            throw new IllegalStateException("cannot identify the signing key", ex);
        }
    }

    /** The private and public key, for signing. */
    public RSAKey privateJwk() {
        return key;
    }

    /** The public key only, as services fetch it. */
    public RSAKey publicJwk() {
        return key.toPublicJWK();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("cannot generate an RSA key", ex);
        }
    }

    private static KeyPair read(Resource location) {
        try (InputStream in = location.getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                    .replaceAll("\\s", "");
            KeyFactory factory = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new KeyPair(publicKey, privateKey);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException | ClassCastException ex) {
            throw new IllegalStateException(
                    "trialline.security.signing-key-location (" + location
                            + ") must be a PEM PKCS#8 RSA private key (-----BEGIN PRIVATE KEY-----)",
                    ex);
        }
    }
}
