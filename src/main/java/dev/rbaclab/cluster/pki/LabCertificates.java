package dev.rbaclab.cluster.pki;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The lab's CA ({@code ca.crt}, {@code ca.key}) and the API server certificate ({@code apiserver.crt},
 * {@code apiserver.key}) in the data directory. The CA is made once and kept; the server certificate is made
 * again whenever the names it must cover change, so kubeconfigs already handed out stay valid.
 */
public final class LabCertificates {

    /** The names a certificate for the in-cluster service must carry, as kubeadm's apiserver certificate does. */
    static final List<String> SERVICE_NAMES = List.of("kubernetes", "kubernetes.default", "kubernetes.default.svc",
            "kubernetes.default.svc.cluster.local", "localhost");

    private final X509Certificate ca;
    private final X509Certificate server;
    private final PrivateKey serverKey;

    private LabCertificates(X509Certificate ca, X509Certificate server, PrivateKey serverKey) {
        this.ca = ca;
        this.server = server;
        this.serverKey = serverKey;
    }

    /** Loads or creates the certificates under {@code directory}; the server certificate covers {@code hosts}. */
    public static LabCertificates loadOrCreate(Path directory, Set<String> hosts) {
        try {
            Files.createDirectories(directory);
            Path caCert = directory.resolve("ca.crt");
            Path caKey = directory.resolve("ca.key");
            if (!Files.exists(caCert) || !Files.exists(caKey)) {
                KeyPair pair = newKeyPair();
                X509Certificate certificate = selfSignedCa(pair);
                write(caKey, Pem.encode(pair.getPrivate()));
                write(caCert, Pem.encode(certificate));
            }
            X509Certificate ca = Pem.certificate(Files.readString(caCert));
            PrivateKey caPrivate = Pem.privateKey(Files.readString(caKey));
            Path serverCert = directory.resolve("apiserver.crt");
            Path serverKey = directory.resolve("apiserver.key");
            Set<String> names = new LinkedHashSet<>(SERVICE_NAMES);
            names.addAll(hosts);
            names.add("127.0.0.1");
            names.add("10.96.0.1");
            if (!Files.exists(serverCert) || !Files.exists(serverKey)
                    || !covers(Pem.certificate(Files.readString(serverCert)), names)) {
                KeyPair pair = newKeyPair();
                X509Certificate certificate = serverCertificate(pair, ca, caPrivate, names);
                write(serverKey, Pem.encode(pair.getPrivate()));
                write(serverCert, Pem.encode(certificate));
            }
            return new LabCertificates(ca, Pem.certificate(Files.readString(serverCert)),
                    Pem.privateKey(Files.readString(serverKey)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create the lab's certificates", e);
        }
    }

    public String caPem() {
        return Pem.encode(ca);
    }

    /** The CA as kubeconfig's certificate-authority-data: base64 of the PEM. */
    public String caData() {
        return Base64.getEncoder().encodeToString(caPem().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A key store with the server key and chain, for the HTTPS connector. It lives in memory only and is never
     * written, so its kind is chosen for speed: PKCS12 wraps the key with 10,000 rounds of PBKDF2 when it is put in
     * and again when Jetty takes it out, about 200 ms of every cold start; JKS's key protection costs a few ms.
     */
    public KeyStore serverKeyStore(char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("JKS");
            store.load(null, null);
            store.setKeyEntry("apiserver", serverKey, password, new Certificate[]{server, ca});
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        return generator.generateKeyPair();
    }

    private static X509Certificate selfSignedCa(KeyPair pair) throws GeneralSecurityException, IOException {
        X500Name name = new X500Name("CN=kubernetes");
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic());
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        builder.addExtension(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature));
        builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(pair.getPublic()));
        return sign(builder, pair.getPrivate());
    }

    private static X509Certificate serverCertificate(KeyPair pair, X509Certificate ca, PrivateKey caKey, Set<String> names)
            throws GeneralSecurityException, IOException {
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca, serial(),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(825))),
                new X500Name("CN=kube-apiserver"), pair.getPublic());
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(ca));
        List<GeneralName> altNames = new ArrayList<>();
        for (String name : names) {
            altNames.add(new GeneralName(isIpAddress(name) ? GeneralName.iPAddress : GeneralName.dNSName, name));
        }
        builder.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(altNames.toArray(new GeneralName[0])));
        return sign(builder, caKey);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key) throws GeneralSecurityException {
        try {
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(key);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static boolean covers(X509Certificate certificate, Set<String> names) throws GeneralSecurityException {
        Set<String> present = new LinkedHashSet<>();
        if (certificate.getSubjectAlternativeNames() != null) {
            for (List<?> entry : certificate.getSubjectAlternativeNames()) {
                present.add(String.valueOf(entry.get(1)));
            }
        }
        boolean valid = certificate.getNotAfter().toInstant().isAfter(Instant.now().plus(Duration.ofDays(30)));
        return valid && present.containsAll(names.stream().map(LabCertificates::normalizeIp).toList());
    }

    private static String normalizeIp(String name) {
        if (!isIpAddress(name)) {
            return name;
        }
        try {
            return java.net.InetAddress.getByName(name).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            return name;
        }
    }

    static boolean isIpAddress(String name) {
        return name.matches("^[0-9.]+$") || name.contains(":");
    }

    private static BigInteger serial() {
        return new BigInteger(64, new SecureRandom());
    }

    private static void write(Path path, String content) throws IOException {
        Files.writeString(path, content, StandardCharsets.UTF_8);
    }
}
