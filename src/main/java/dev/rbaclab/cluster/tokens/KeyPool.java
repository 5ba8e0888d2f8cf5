package dev.rbaclab.cluster.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * RSA-2048 key generation takes tens of milliseconds — longer than creating a whole sandbox should. A daemon thread
 * keeps a few fresh keys ready; when the pool is empty the caller makes one itself. The thread starts with the first
 * key asked for, not with the lab: filling the pool at start took the second core from start-up on a 2-core machine,
 * and a lab that only restarts may need no new key for a long time.
 */
public final class KeyPool {

    private static final Logger LOG = LoggerFactory.getLogger(KeyPool.class);

    private final BlockingQueue<RSAKey> ready;
    private final AtomicBoolean filling = new AtomicBoolean();

    public KeyPool(int size) {
        this.ready = new ArrayBlockingQueue<>(size);
    }

    public RSAKey take() {
        if (filling.compareAndSet(false, true)) {
            Thread filler = new Thread(this::fill, "rbac-lab-key-pool");
            filler.setDaemon(true);
            filler.setPriority(Thread.MIN_PRIORITY);
            filler.start();
        }
        RSAKey key = ready.poll();
        return key != null ? key : generate();
    }

    private void fill() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                ready.put(generate());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.warn("could not pre-generate a signing key", e);
                return;
            }
        }
    }

    static RSAKey generate() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).generate();
            return new RSAKey.Builder(key).keyID(keyId(key)).build();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    /** keyIDFromPublicKey (pkg/serviceaccount/jwt.go): base64url of the SHA-256 of the DER public key. */
    static String keyId(RSAKey key) throws JOSEException {
        try {
            byte[] der = key.toRSAPublicKey().getEncoded();
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(der);
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
