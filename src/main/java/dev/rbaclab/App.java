package dev.rbaclab;

import dev.rbaclab.cluster.admission.AdmissionChain;
import dev.rbaclab.cluster.admission.RbacEscalation;
import dev.rbaclab.cluster.admission.SandboxQuota;
import dev.rbaclab.cluster.admission.ServiceAccountAdmission;
import dev.rbaclab.cluster.authn.Authenticator;
import dev.rbaclab.cluster.authn.ServiceAccountTokenAuthenticator;
import dev.rbaclab.cluster.authz.RbacRuleResolver;
import dev.rbaclab.cluster.controllers.AggregationController;
import dev.rbaclab.cluster.controllers.KubeletController;
import dev.rbaclab.cluster.controllers.TokenController;
import dev.rbaclab.cluster.rbac.RuleResolver;
import dev.rbaclab.cluster.server.BodyDecoder;
import dev.rbaclab.cluster.server.protobuf.ProtobufBodyDecoder;
import dev.rbaclab.cluster.server.reviews.AccessReviews;
import dev.rbaclab.cluster.server.reviews.IdentityReviews;
import dev.rbaclab.cluster.server.reviews.IssuerDiscovery;
import dev.rbaclab.cluster.server.reviews.PodLogHandler;
import dev.rbaclab.cluster.server.reviews.RulesReviews;
import dev.rbaclab.cluster.server.reviews.TokenKeyIds;
import dev.rbaclab.cluster.server.reviews.TokenRequests;
import dev.rbaclab.cluster.server.reviews.TokenReviews;
import dev.rbaclab.cluster.tokens.KeyPool;
import dev.rbaclab.cluster.tokens.SigningKeys;
import dev.rbaclab.cluster.tokens.TokenIssuer;
import dev.rbaclab.cluster.tokens.TokenVerifier;
import java.util.concurrent.atomic.AtomicReference;
import dev.rbaclab.cluster.admission.NamespaceLifecycle;
import dev.rbaclab.cluster.api.Authorizer;
import dev.rbaclab.cluster.api.ResourceCatalog;
import dev.rbaclab.cluster.authn.AdminTokenAuthenticator;
import dev.rbaclab.cluster.authn.Impersonation;
import dev.rbaclab.cluster.authn.StaticTokenAuthenticator;
import dev.rbaclab.cluster.authn.UnionAuthenticator;
import dev.rbaclab.cluster.authz.PrivilegedGroupAuthorizer;
import dev.rbaclab.cluster.authz.RbacAuthorizer;
import dev.rbaclab.cluster.authz.RbacPolicyCache;
import dev.rbaclab.cluster.authz.UnionAuthorizer;
import dev.rbaclab.cluster.bootstrap.DefaultClusterState;
import dev.rbaclab.cluster.controllers.Controllers;
import dev.rbaclab.cluster.controllers.NamespaceController;
import dev.rbaclab.cluster.pki.LabCertificates;
import dev.rbaclab.cluster.registry.Registry;
import dev.rbaclab.cluster.request.RequestInfoResolver;
import dev.rbaclab.cluster.sandbox.SandboxService;
import dev.rbaclab.cluster.server.ApiHandler;
import dev.rbaclab.cluster.server.ApiServer;
import dev.rbaclab.cluster.server.ClusterApi;
import dev.rbaclab.cluster.server.StoreSandboxLocator;
import dev.rbaclab.cluster.server.http.ApiHttpServer;
import dev.rbaclab.cluster.server.http.ExecSpdy;
import dev.rbaclab.cluster.server.http.ExecUpgrade;
import dev.rbaclab.cluster.server.http.ExecWebSocket;
import dev.rbaclab.cluster.server.PodGateway;
import dev.rbaclab.cluster.pods.PodNetwork;
import dev.rbaclab.cluster.pods.PodRuntime;
import dev.rbaclab.cluster.pods.PodTokens;
import dev.rbaclab.cluster.store.AuditLog;
import dev.rbaclab.cluster.store.DefaultObjects;
import dev.rbaclab.cluster.store.DefaultObjectsRepository;
import dev.rbaclab.cluster.store.JdbiObjectStore;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.cluster.store.SandboxRepository;
import dev.rbaclab.cluster.store.StaticTokenRepository;
import dev.rbaclab.access.AccessService;
import dev.rbaclab.access.MatrixBuilder;
import dev.rbaclab.access.PolicyHistory;
import dev.rbaclab.cluster.authz.RbacPolicy;
import dev.rbaclab.classroom.ActivityTracker;
import dev.rbaclab.classroom.Classroom;
import dev.rbaclab.classroom.InstructorRepository;
import dev.rbaclab.classroom.InstructorService;
import dev.rbaclab.classroom.Roster;
import dev.rbaclab.classroom.RosterFeed;
import dev.rbaclab.classroom.WorkshopRepository;
import dev.rbaclab.classroom.WorkshopService;
import dev.rbaclab.classroom.grades.Gradebook;
import dev.rbaclab.console.Completions;
import dev.rbaclab.console.Console;
import dev.rbaclab.console.ConsoleHistoryRepository;
import dev.rbaclab.console.ConsoleStateRepository;
import dev.rbaclab.console.Workstations;
import dev.rbaclab.grading.Grader;
import dev.rbaclab.inspect.TokenInspector;
import dev.rbaclab.labapi.LabClient;
import dev.rbaclab.labapi.LabSetup;
import dev.rbaclab.learners.LearnerSandboxes;
import dev.rbaclab.lessons.Chapter;
import dev.rbaclab.lessons.Lesson;
import dev.rbaclab.lessons.LessonLoader;
import dev.rbaclab.lessons.Source;
import dev.rbaclab.progress.ProgressRepository;
import dev.rbaclab.progress.ProgressService;
import dev.rbaclab.progress.SetupApplier;
import dev.rbaclab.progress.StepProgress;
import dev.rbaclab.learners.LearnerRepository;
import dev.rbaclab.learners.LearnerService;
import dev.rbaclab.storage.Database;
import dev.rbaclab.web.WebDependencies;
import dev.rbaclab.web.WebServer;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The composition root: reads the configuration, builds every part, starts the web UI and the API server. */
public final class App {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private App() {
    }

    public static void main(String[] args) {
        Lab lab = start(Config.fromEnvironment(System.getenv()));
        if (ClassDataTraining.requested()) {
            ClassDataTraining.run(lab);
            System.exit(0); // the archive is written as the JVM exits, whatever threads a library left running
        }
        Runtime.getRuntime().addShutdownHook(new Thread(lab::stop, "rbac-lab-shutdown"));
        LOG.info("RBAC Lab is ready: web UI http://localhost:{}/ , Kubernetes API https://{}/clusters/<sandbox>",
                lab.web().port(), lab.config().apiAddress());
    }

    public static Lab start(Config config) {
        try (StartupSteps steps = new StartupSteps()) {
            return start(config, steps);
        }
    }

    private static Lab start(Config config, StartupSteps steps) {
        Clock clock = Clock.systemUTC();
        // independent steps side by side: the database, the simulated cluster's catalog and certificates, the chapter
        StartupSteps.Step<Database> openedDatabase = steps.begin(() -> Database.open(config.dbUrl()));
        StartupSteps.Step<LabCertificates> loadedCertificates = steps.begin(
                () -> LabCertificates.loadOrCreate(config.dataDir(), hostNames(config.publicHost())));
        StartupSteps.Step<Chapter> loadedChapter = steps.begin(() -> new LessonLoader(config.lessonsDir() == null
                ? Source.classpath("lessons/") : Source.directory(config.lessonsDir())).load());

        // the simulated cluster: catalog, certificates, the defaults every sandbox shares, storage
        ResourceCatalog catalog = ResourceCatalog.load();
        LabCertificates certificates = loadedCertificates.await();
        DefaultObjects defaults = new DefaultClusterState(catalog).build(certificates.caPem());
        Database database = openedDatabase.await();
        Jdbi jdbi = database.jdbi();
        new DefaultObjectsRepository(jdbi).synchronize(defaults);
        JdbiObjectStore store = new JdbiObjectStore(jdbi, defaults);
        SandboxRepository sandboxRepository = new SandboxRepository(jdbi);
        StaticTokenRepository staticTokens = new StaticTokenRepository(jdbi);
        AuditLog audit = new AuditLog(jdbi);

        // authorization: union(system:masters, RBAC) over a cached policy per sandbox
        RbacPolicyCache policies = new RbacPolicyCache(store::reader, 512);
        store.addListener((sandboxId, changed) -> policies.invalidate(sandboxId));
        // the access views' diff: the policy before and after each sandbox's latest RBAC change
        PolicyHistory policyHistory = new PolicyHistory(sandboxRepository::find, store::reader,
                () -> RbacPolicy.load(defaults.reader()));
        store.addListener(policyHistory::committed);
        Function<Sandbox, Authorizer> authorizers = sandbox -> new UnionAuthorizer(List.of(
                new PrivilegedGroupAuthorizer(), new RbacAuthorizer(() -> policies.policy(sandbox))));
        Function<Sandbox, RuleResolver> ruleResolvers = sandbox -> new RbacRuleResolver(() -> policies.policy(sandbox));

        // ServiceAccount tokens: per-sandbox keys, issuing and verifying
        SigningKeys signingKeys = new SigningKeys(sandboxRepository, new KeyPool(4));
        TokenIssuer tokenIssuer = new TokenIssuer(signingKeys);
        TokenVerifier tokenVerifier = new TokenVerifier(signingKeys);

        // admission (mutating plugins in order, the escalation check last, where storage runs it) and controllers
        AdmissionChain admission = new AdmissionChain(List.of(new NamespaceLifecycle(), new ServiceAccountAdmission(),
                new RbacEscalation(authorizers, ruleResolvers), new SandboxQuota(store::storedObjects)));
        Controllers controllers = new Controllers(List.of(new NamespaceController(certificates.caPem()),
                new TokenController(tokenIssuer, certificates.caPem()), new AggregationController(),
                new KubeletController()));
        Registry registry = new Registry(store, admission, controllers);

        // authentication: admin token, static tokens, ServiceAccount JWTs (anonymous when no credential at all)
        List<Authenticator> tokenAuthenticators = List.of(new AdminTokenAuthenticator(),
                new StaticTokenAuthenticator(staticTokens),
                new ServiceAccountTokenAuthenticator(tokenVerifier, store::reader, clock));
        UnionAuthenticator authenticator = new UnionAuthenticator(tokenAuthenticators);

        // the API server: handlers for resources with their own semantics, then the chain
        AtomicReference<String> apiAddress = new AtomicReference<>(config.apiAddress());
        BodyDecoder decoder = new BodyDecoder(new ProtobufBodyDecoder());
        AccessReviews accessReviews = new AccessReviews(decoder);
        RulesReviews rulesReviews = new RulesReviews(decoder, ruleResolvers);
        IdentityReviews identityReviews = new IdentityReviews(decoder,
                (sandbox, token, audiences) -> TokenReviews.authenticate(authenticator, tokenVerifier, store, sandbox,
                        token, audiences, clock));
        TokenRequests tokenRequests = new TokenRequests(decoder, store::reader, tokenIssuer);
        Map<String, ApiHandler> special = Map.of(
                ClusterApi.key("authorization.k8s.io", "selfsubjectaccessreviews", ""), accessReviews::selfSubject,
                ClusterApi.key("authorization.k8s.io", "subjectaccessreviews", ""), accessReviews::subject,
                ClusterApi.key("authorization.k8s.io", "localsubjectaccessreviews", ""), accessReviews::localSubject,
                ClusterApi.key("authorization.k8s.io", "selfsubjectrulesreviews", ""), rulesReviews::selfSubject,
                ClusterApi.key("authentication.k8s.io", "selfsubjectreviews", ""), identityReviews::selfSubject,
                ClusterApi.key("authentication.k8s.io", "tokenreviews", ""), identityReviews::tokenReview,
                ClusterApi.key("", "serviceaccounts", "token"), tokenRequests::create,
                ClusterApi.key("", "pods", "log"), call -> PodLogHandler.handle(call, store::reader),
                ClusterApi.key("", "pods", "exec"), call -> {
                    // reached only without a connection upgrade (WebSocket and SPDY are taken over before)
                    throw dev.rbaclab.cluster.api.ApiException.badRequest("Upgrade request required");
                });
        IssuerDiscovery issuerDiscovery = new IssuerDiscovery(signingKeys, apiAddress::get);
        ApiHandler handlers = ClusterApi.handlers(catalog, registry, apiAddress::get, special, issuerDiscovery::handle,
                decoder);
        ApiServer apiServer = new ApiServer(new RequestInfoResolver(),
                new StoreSandboxLocator(sandboxRepository, staticTokens, TokenKeyIds::keyId),
                authenticator, new Impersonation(), authorizers, handlers, audit, clock);

        // simulated pods: their shell reaches the API server through the same chain, as Source.POD
        PodNetwork podNetwork = new PodGateway(apiServer);
        PodRuntime podRuntime = new PodRuntime(store::reader, new PodTokens(tokenIssuer, clock), podNetwork,
                certificates.caPem());

        // kubectl exec: WebSocket (kubectl 1.30+) and SPDY/3.1 (kubectl 1.29 and older, and the fallback of newer ones)
        ExecUpgrade exec = ExecUpgrade.all(new ExecWebSocket(podRuntime), new ExecSpdy(podRuntime));
        ApiHttpServer api = new ApiHttpServer(apiServer, certificates, config.apiPort(), exec).start();
        // the address learners' kubectl uses; the port is the bound one (tests ask for any free port)
        apiAddress.set(config.publicHost() + ":" + api.port());
        SandboxService sandboxes = new SandboxService(sandboxRepository, staticTokens,
                Math.max(1000, defaults.maxResourceVersion()), certificates.caData(), apiAddress.get(),
                config.defaultServerVersion(), clock);
        LearnerService learners = new LearnerService(new LearnerRepository(jdbi), clock);

        Grader grader = new Grader(new LabSandboxProbe(sandboxRepository, store, authorizers, ruleResolvers, defaults, audit));

        // the lab around the cluster: the chapter, the classroom's live roster, progress, the console, the lab's own
        // requests; the roster listens to progress and console commands
        Chapter chapter = loadedChapter.await();
        ConsoleHistoryRepository consoleHistory = new ConsoleHistoryRepository(jdbi);
        ActivityTracker activity = new ActivityTracker(consoleHistory);
        WorkshopRepository workshopRepository = new WorkshopRepository(jdbi);
        WorkshopService workshops = new WorkshopService(workshopRepository,
                chapter.lessons().stream().map(Lesson::id).collect(java.util.stream.Collectors.toSet()), clock);
        ProgressRepository progressRepository = new ProgressRepository(jdbi);
        Roster roster = new Roster(chapter);
        RosterFeed feed = new RosterFeed(workshopRepository, workshops, progressRepository, activity, roster, clock);
        Workstations workstations = new Workstations(apiServer, podRuntime, sandboxes, certificates.caPem(),
                apiAddress.get(), new Completions(catalog, store::reader));
        Console console = new Console(workstations, consoleHistory, new ConsoleStateRepository(jdbi), audit, clock,
                (learnerId, at, denied) -> {
                    activity.commandRan(learnerId, at, denied);
                    feed.learnerChanged(learnerId);
                });
        LabClient labClient = new LabClient(apiServer);
        LabSetup setup = new LabSetup(labClient, catalog, sandboxes::find, (sandbox, command) -> {
            var result = workstations.labConsole(sandbox).run(command);
            return new LabSetup.CommandOutcome(result.status(), result.stderr());
        });
        ProgressService progress = new ProgressService(progressRepository, grader, setup, clock,
                new ProgressService.ScorePolicy() {
                    @Override
                    public boolean frozen(String learnerId) {
                        return workshops.scoresFrozen(learnerId);
                    }

                    @Override
                    public void changed(StepProgress changed) {
                        feed.progressChanged(changed);
                    }
                });
        LearnerSandboxes learnerSandboxes = new LearnerSandboxes(learners, sandboxes, console::forget);
        InstructorService instructors = new InstructorService(new InstructorRepository(jdbi), clock);
        instructors.bootstrap(config.adminPassword());
        Classroom classroom = new Classroom(instructors, workshops, roster, feed,
                new Gradebook(chapter, workshops, progress, learnerSandboxes, activity, clock), activity);
        TokenInspector tokens = new TokenInspector(signingKeys, labClient, clock);
        AccessService access = new AccessService(new MatrixBuilder(catalog), authorizers, policies::policy,
                store::reader, policyHistory);

        WebServer web = new WebServer(new WebDependencies(sandboxes, audit, learners, learnerSandboxes, console,
                progress, chapter, store::reader, tokens, classroom, access, clock), config.httpPort()).start();
        return new Lab(config, database, apiServer, sandboxes, audit, podRuntime, grader, console, progress, setup,
                chapter, learners, classroom, access, api, web);
    }

    /** Names the API certificate must cover: the configured host, this machine's names and addresses. */
    static Set<String> hostNames(String publicHost) {
        Set<String> names = new LinkedHashSet<>();
        names.add(publicHost);
        try {
            names.add(InetAddress.getLocalHost().getHostName());
        } catch (java.net.UnknownHostException e) {
            LOG.debug("no local host name", e);
        }
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof java.net.Inet4Address) {
                        names.add(address.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            LOG.debug("no network interfaces", e);
        }
        return names;
    }

    /** A running lab, for main and for tests. */
    public record Lab(Config config, Database database, ApiServer apiServer, SandboxService sandboxes, AuditLog audit,
                      PodRuntime pods, Grader grader, Console console, ProgressService progress, SetupApplier setup,
                      Chapter chapter, LearnerService learners, Classroom classroom, AccessService access,
                      ApiHttpServer api, WebServer web) {
        public void stop() {
            web.stop();
            classroom.feed().close();
            api.stop();
            database.close();
        }
    }
}
