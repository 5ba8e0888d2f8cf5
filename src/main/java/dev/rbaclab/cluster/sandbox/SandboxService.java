package dev.rbaclab.cluster.sandbox;

import dev.rbaclab.cluster.server.ServerVersion;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.cluster.store.SandboxRepository;
import dev.rbaclab.cluster.store.StaticToken;
import dev.rbaclab.cluster.store.StaticTokenRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Sandboxes: each is a simulated cluster that starts as a fresh kubeadm cluster. Creating one writes its row and
 * its static users — the default objects are shared, not copied.
 */
public final class SandboxService {

    /** The users every sandbox knows, as a --token-auth-file would list them. */
    static final List<StaticUser> DEFAULT_USERS = List.of(
            new StaticUser("alice", "1001", List.of("developers")),
            new StaticUser("bob", "1002", List.of("qa")));

    record StaticUser(String name, String uid, List<String> groups) {
    }

    private final SandboxRepository sandboxes;
    private final StaticTokenRepository staticTokens;
    private final long firstResourceVersion;
    private final String caData;
    private final String apiAddress;
    private final ServerVersion defaultVersion;
    private final Clock clock;

    public SandboxService(SandboxRepository sandboxes, StaticTokenRepository staticTokens, long firstResourceVersion,
                          String caData, String apiAddress, ServerVersion defaultVersion, Clock clock) {
        this.sandboxes = sandboxes;
        this.staticTokens = staticTokens;
        this.firstResourceVersion = firstResourceVersion;
        this.caData = caData;
        this.apiAddress = apiAddress;
        this.defaultVersion = defaultVersion;
        this.clock = clock;
    }

    public SandboxCreated create(String ownerId, ServerVersion version) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Sandbox sandbox = new Sandbox(Tokens.id(12), ownerId, Tokens.bearer(), now, firstResourceVersion, 0,
                (version == null ? defaultVersion : version).gitVersion(), null);
        List<StaticToken> users = new java.util.ArrayList<>();
        for (StaticUser user : DEFAULT_USERS) {
            users.add(new StaticToken(sandbox.id(), Tokens.bearer(), user.name(), user.uid(), user.groups()));
        }
        sandboxes.insert(sandbox, users, now);
        return describe(sandbox, users);
    }

    public Optional<Sandbox> find(String id) {
        return sandboxes.find(id);
    }

    public List<Sandbox> ownedBy(String ownerId) {
        return sandboxes.ownedBy(ownerId);
    }

    public boolean delete(String id) {
        return sandboxes.delete(id);
    }

    public SandboxCreated describe(Sandbox sandbox) {
        return describe(sandbox, staticTokens.forSandbox(sandbox.id()));
    }

    private SandboxCreated describe(Sandbox sandbox, List<StaticToken> users) {
        String server = server(sandbox.id());
        String kubeconfig = Kubeconfig.yaml(sandbox.id(), server, caData, sandbox.adminToken(), users);
        return new SandboxCreated(sandbox.id(), server, sandbox.adminToken(), kubeconfig);
    }

    public String server(String sandboxId) {
        return "https://" + apiAddress + "/clusters/" + sandboxId;
    }

    public List<StaticToken> users(String sandboxId) {
        return staticTokens.forSandbox(sandboxId);
    }

    /** Adds a static user with a fresh token. */
    public StaticToken addUser(String sandboxId, String name, String uid, List<String> groups) {
        StaticToken token = new StaticToken(sandboxId, Tokens.bearer(), name, uid == null ? "" : uid, groups);
        staticTokens.insert(token, clock.instant());
        return token;
    }
}
