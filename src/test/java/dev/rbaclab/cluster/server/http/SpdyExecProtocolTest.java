package dev.rbaclab.cluster.server.http;

import dev.rbaclab.cluster.pki.LabCertificates;
import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.cluster.server.http.spdy.Frame;
import dev.rbaclab.cluster.server.http.spdy.GoAwayStatus;
import dev.rbaclab.cluster.server.http.spdy.HeaderBlock;
import dev.rbaclab.cluster.server.http.spdy.HeaderBlockWriter;
import dev.rbaclab.cluster.server.http.spdy.RstStatus;
import dev.rbaclab.cluster.server.http.spdy.SpdyLimits;
import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.LabExtension;
import dev.rbaclab.testing.TestLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The SPDY exec endpoint through the real HTTPS server, driven by {@link SpdyClient}: the upgrade handshake and its
 * refusals, the frames of an exec in each remotecommand protocol, and clients that break the rules. A second API
 * server on the same lab has tiny limits and sub-second timeouts, so that the timeouts can be seen.
 */
class SpdyExecProtocolTest {

    /** Small frames, header blocks and output queue; a 3 s idle timeout, well apart from the 300 ms to open streams. */
    private static final SpdyLimits TIGHT = new SpdyLimits(16 * 1024, 4096, 8, 8, 64 * 1024, Duration.ofSeconds(3),
            Duration.ofMillis(200));

    @RegisterExtension
    static LabExtension lab = new LabExtension();

    private static ApiHttpServer tight;
    private static SandboxCreated sandbox;

    @BeforeAll
    static void aSandboxWithAPodAndATightServer() {
        TestLab testLab = lab.get();
        sandbox = testLab.newSandbox();
        ApiClient admin = testLab.api(sandbox);
        assertThat(admin.post("/api/v1/namespaces/default/pods", """
                {"apiVersion":"v1","kind":"Pod","metadata":{"name":"test"},
                 "spec":{"containers":[{"name":"test","image":"curlimages/curl"}]}}""").code()).isEqualTo(201);
        LabCertificates certificates = LabCertificates.loadOrCreate(caDirectory(), Set.of("127.0.0.1"));
        tight = new ApiHttpServer(testLab.lab().apiServer(), certificates, 0,
                new ExecSpdy(testLab.lab().pods(), TIGHT, Duration.ofMillis(300))).start();
    }

    @AfterAll
    static void stopTheTightServer() {
        tight.stop();
    }

    private static Path caDirectory() {
        return lab.get().lab().config().dataDir();
    }

    private static SpdyClient client(int port) {
        return SpdyClient.connect(port, caDirectory().resolve("ca.crt"));
    }

    private static String exec(String query) {
        return "/clusters/" + sandbox.id() + "/api/v1/namespaces/default/pods/test/exec?" + query;
    }

    private static String[] upgrade(String... protocols) {
        List<String> lines = new ArrayList<>(List.of("Authorization: Bearer " + sandbox.token(), "Connection: Upgrade",
                "Upgrade: SPDY/3.1"));
        for (String protocol : protocols) {
            lines.add("X-Stream-Protocol-Version: " + protocol);
        }
        return lines.toArray(String[]::new);
    }

    /** An upgraded connection for this exec query and protocol. */
    private static SpdyClient upgraded(int port, String query, String... protocols) throws IOException {
        SpdyClient client = client(port);
        assertThat(client.post(exec(query), upgrade(protocols)).status()).isEqualTo(101);
        return client;
    }

    static Stream<Arguments> negotiations() {
        return Stream.of(
                arguments("kubectl 1.29 offers v5 first; over SPDY the kubelet serves it as v4",
                        List.of("v5.channel.k8s.io", "v4.channel.k8s.io", "v3.channel.k8s.io", "v2.channel.k8s.io", "channel.k8s.io"),
                        "v5.channel.k8s.io"),
                arguments("kubectl before 1.29 offers v4 first", List.of("v4.channel.k8s.io", "v3.channel.k8s.io"), "v4.channel.k8s.io"),
                arguments("several protocols in one header, comma-separated", List.of("v3.channel.k8s.io, v2.channel.k8s.io"),
                        "v3.channel.k8s.io"),
                arguments("v1 is skipped for the next one the client offers", List.of("channel.k8s.io", "v2.channel.k8s.io"),
                        "v2.channel.k8s.io"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negotiations")
    void theUpgradeAnswerNamesSpdyAndTheChosenProtocol(String name, List<String> offered, String chosen) throws IOException {
        try (SpdyClient client = client(lab.get().apiPort())) {
            SpdyClient.Answer answer = client.post(exec("command=ls&stdout=true"), upgrade(offered.toArray(String[]::new)));
            assertThat(answer.status()).isEqualTo(101);
            assertThat(answer.header("Upgrade")).isEqualTo("SPDY/3.1");
            assertThat(answer.header("Connection")).isEqualTo("Upgrade");
            assertThat(answer.header("X-Stream-Protocol-Version")).isEqualTo(chosen);
            assertThat(answer.header("Content-Type")).isNull();
        }
    }

    static Stream<Arguments> refusals() {
        String token = "Authorization: Bearer " + sandbox().token();
        return Stream.of(
                arguments("a POST without an upgrade: the API server's own answer", "command=ls&stdout=true",
                        new String[] {token}, 400, "application/json",
                        "\"message\":\"Upgrade request required\""),
                arguments("no X-Stream-Protocol-Version", "command=ls&stdout=true",
                        new String[] {token, "Connection: Upgrade", "Upgrade: SPDY/3.1"}, 400, "text/plain;charset=utf-8",
                        "unable to upgrade: X-Stream-Protocol-Version is required\n"),
                arguments("only the v1 protocol", "command=ls&stdout=true",
                        new String[] {token, "Connection: Upgrade", "Upgrade: SPDY/3.1", "X-Stream-Protocol-Version: channel.k8s.io"},
                        403, "text/plain;charset=utf-8", "unable to upgrade: unable to negotiate protocol: client supports "
                                + "[channel.k8s.io], server accepts [v5.channel.k8s.io v4.channel.k8s.io v3.channel.k8s.io v2.channel.k8s.io]\n"),
                arguments("no stream asked for", "command=ls", upgradeLines(token), 400, "text/plain;charset=utf-8",
                        "you must specify at least 1 of stdin, stdout, stderr\n"),
                arguments("an upgrade to something else than SPDY", "command=ls&stdout=true",
                        new String[] {token, "Connection: Upgrade", "Upgrade: websocket", "X-Stream-Protocol-Version: v4.channel.k8s.io"},
                        400, "text/plain;charset=utf-8", "unable to upgrade: missing upgrade headers in request\n"),
                arguments("a bad token", "command=ls&stdout=true", upgradeLines("Authorization: Bearer nope"), 401,
                        "application/json", "\"reason\":\"Unauthorized\""),
                arguments("anonymous: the 403 of create pods/exec", "command=ls&stdout=true", upgradeLines(), 403,
                        "application/json", "pods \\\"test\\\" is forbidden: User \\\"system:anonymous\\\" cannot create "
                                + "resource \\\"pods/exec\\\" in API group \\\"\\\" in the namespace \\\"default\\\""));
    }

    private static SandboxCreated sandbox() {
        return sandbox;
    }

    private static String[] upgradeLines(String... extra) {
        List<String> lines = new ArrayList<>(List.of(extra));
        lines.addAll(List.of("Connection: Upgrade", "Upgrade: SPDY/3.1", "X-Stream-Protocol-Version: v4.channel.k8s.io"));
        return lines.toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aRefusedUpgradeIsAnsweredInHttp(String name, String query, String[] headers, int status, String contentType,
                                         String body) throws IOException {
        try (SpdyClient client = client(lab.get().apiPort())) {
            SpdyClient.Answer answer = client.post(exec(query), headers);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
            assertThat(answer.header("Content-Type")).isEqualTo(contentType);
            assertThat(answer.body()).contains(body);
        }
    }

    @Test
    void theRefusalOfTheV1ProtocolListsWhatTheServerAccepts() throws IOException {
        try (SpdyClient client = client(lab.get().apiPort())) {
            SpdyClient.Answer answer = client.post(exec("command=ls&stdout=true"), upgrade("channel.k8s.io"));
            assertThat(answer.headers().get("x-accepted-stream-protocol-versions"))
                    .containsExactly("v5.channel.k8s.io", "v4.channel.k8s.io", "v3.channel.k8s.io", "v2.channel.k8s.io");
        }
    }

    static Stream<Arguments> execs() {
        String success = "{\"metadata\":{},\"status\":\"Success\"}";
        String exit127 = "{\"metadata\":{},\"status\":\"Failure\",\"message\":\"command terminated with non-zero exit code: "
                + "error executing command, exit code 127\",\"reason\":\"NonZeroExitCode\",\"details\":{\"causes\":"
                + "[{\"reason\":\"ExitCode\",\"message\":\"127\"}]}}";
        return Stream.of(
                arguments("v4: output, then a Success Status", "v4.channel.k8s.io", "command=cat&command=/etc/hostname",
                        "test\n", "", success),
                arguments("v5 as v4: a non-zero exit as a NonZeroExitCode Status", "v5.channel.k8s.io",
                        "command=sh&command=-c&command=frobnicate", "", "sh: frobnicate: not found\n", exit127),
                arguments("v3: a non-zero exit as the Status message in text", "v3.channel.k8s.io",
                        "command=sh&command=-c&command=frobnicate", "", "sh: frobnicate: not found\n",
                        "command terminated with non-zero exit code: error executing command, exit code 127"),
                arguments("v2: nothing on the error stream on success", "v2.channel.k8s.io", "command=cat&command=/etc/hostname",
                        "test\n", "", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("execs")
    void anExecRunsOnceItsStreamsAreOpenAndEndsWithItsStatus(String name, String protocol, String command, String stdout,
                                                             String stderr, String status) throws IOException {
        try (SpdyClient client = upgraded(lab.get().apiPort(), command + "&stdout=true&stderr=true", protocol)) {
            client.open(1, "error");
            assertThat(client.next()).isEqualTo(new Frame.SynReply(1, 0, HeaderBlock.EMPTY));
            client.open(3, "stdout");
            assertThat(client.next()).isEqualTo(new Frame.SynReply(3, 0, HeaderBlock.EMPTY));
            client.open(5, "stderr");
            List<Frame> expected = new ArrayList<>(List.of(new Frame.SynReply(5, 0, HeaderBlock.EMPTY)));
            if (!stdout.isEmpty()) {
                expected.add(data(3, stdout));
            }
            if (!stderr.isEmpty()) {
                expected.add(data(5, stderr));
            }
            if (!status.isEmpty()) {
                expected.add(data(1, status));
            }
            expected.addAll(List.of(fin(1), fin(3), fin(5), new Frame.GoAway(5, GoAwayStatus.OK)));
            assertThat(client.untilClosed()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void standardInputRunsWhenTheClientFinishesIt() throws IOException {
        try (SpdyClient client = upgraded(lab.get().apiPort(), "command=sh&stdin=true&stdout=true&stderr=true", "v4.channel.k8s.io")) {
            client.open(1, "error");
            client.open(3, "stdin");
            client.open(5, "stdout");
            client.open(7, "stderr");
            client.send(data(3, "echo one\n"), data(3, "echo two\n"), fin(3));
            assertThat(client.untilClosed()).containsExactly(new Frame.SynReply(1, 0, HeaderBlock.EMPTY),
                    new Frame.SynReply(3, 0, HeaderBlock.EMPTY), new Frame.SynReply(5, 0, HeaderBlock.EMPTY),
                    new Frame.SynReply(7, 0, HeaderBlock.EMPTY), data(5, "one\n"), data(5, "two\n"),
                    data(1, "{\"metadata\":{},\"status\":\"Success\"}"), fin(1), fin(3), fin(5), fin(7),
                    new Frame.GoAway(7, GoAwayStatus.OK));
        }
    }

    @Test
    void aTerminalHasAResizeStreamAndNoStderr() throws IOException {
        try (SpdyClient client = upgraded(lab.get().apiPort(), "command=sh&stdin=true&stdout=true&stderr=true&tty=true",
                "v4.channel.k8s.io")) {
            client.open(1, "error");
            client.open(3, "stdin");
            client.open(5, "stdout");
            client.open(7, "stderr");
            client.open(9, "resize");
            assertThat(List.of(client.next(), client.next(), client.next(), client.next(), client.next(), client.next()))
                    .containsExactly(new Frame.SynReply(1, 0, HeaderBlock.EMPTY), new Frame.SynReply(3, 0, HeaderBlock.EMPTY),
                            new Frame.SynReply(5, 0, HeaderBlock.EMPTY), new Frame.RstStream(7, RstStatus.REFUSED_STREAM),
                            new Frame.SynReply(9, 0, HeaderBlock.EMPTY), data(5, "/ # "));
            client.send(data(9, "{\"Width\":80,\"Height\":24}"), data(3, "exit 3\r"));
            assertThat(client.untilClosed()).startsWith(data(5, "e"), data(5, "x")).contains(new Frame.GoAway(9, GoAwayStatus.OK));
        }
    }

    @Test
    void pingsAreEchoedAndStreamsNobodyAskedForAreRefused() throws IOException {
        try (SpdyClient client = upgraded(lab.get().apiPort(), "command=ls&stdout=true", "v4.channel.k8s.io")) {
            client.send(new Frame.Ping(1), new Frame.Ping(2));
            assertThat(client.next()).isEqualTo(new Frame.Ping(1));
            client.open(1, "bogus");
            assertThat(client.next()).isEqualTo(new Frame.RstStream(1, RstStatus.REFUSED_STREAM));
            client.open(3, "error");
            assertThat(client.next()).isEqualTo(new Frame.SynReply(3, 0, HeaderBlock.EMPTY));
            client.open(5, "error");
            assertThat(client.next()).isEqualTo(new Frame.RstStream(5, RstStatus.REFUSED_STREAM));
            client.send(data(11, "to nowhere"));
            assertThat(client.next()).isEqualTo(new Frame.RstStream(11, RstStatus.INVALID_STREAM));
            client.send(new Frame.SynReply(3, 0, HeaderBlock.EMPTY));
            assertThat(client.next()).isEqualTo(new Frame.RstStream(3, RstStatus.INVALID_STREAM));
            client.send(new Frame.Settings(0, List.of()), new Frame.WindowUpdate(3, 1000));
            client.open(7, "stdout");
            assertThat(client.untilClosed()).contains(new Frame.SynReply(7, 0, HeaderBlock.EMPTY), new Frame.GoAway(7, GoAwayStatus.OK));
        }
    }

    /** Frames go through the client's encoder in order (one compression stream); byte buffers go out as they are. */
    @Test
    void standardInputBeyondTheLimitEndsTheExecWithAnInternalError() throws IOException {
        try (SpdyClient client = upgraded(lab.get().apiPort(), "command=sh&stdin=true&stdout=true", "v4.channel.k8s.io")) {
            client.open(1, "error");
            client.open(3, "stdin");
            client.open(5, "stdout");
            byte[] chunk = "echo spam\n".repeat(3200).getBytes(StandardCharsets.US_ASCII);
            for (int sent = 0; sent <= SpdyExecStreams.MAX_STDIN_BYTES; sent += chunk.length) {
                client.send(new Frame.Data(3, 0, chunk));
            }
            assertThat(client.untilClosed()).contains(data(1, "{\"metadata\":{},\"status\":\"Failure\",\"message\":"
                            + "\"Internal error occurred: standard input is larger than the lab's limit of 1048576 bytes\","
                            + "\"reason\":\"InternalError\",\"details\":{\"causes\":[{\"message\":\"standard input is larger "
                            + "than the lab's limit of 1048576 bytes\"}]},\"code\":500}"),
                    new Frame.GoAway(5, GoAwayStatus.OK));
        }
    }

    @Test
    void aClientResettingAStreamGivesUpTheExec() throws IOException {
        try (SpdyClient client = upgraded(lab.get().apiPort(), "command=sh&stdin=true&stdout=true", "v4.channel.k8s.io")) {
            client.open(1, "error");
            client.open(3, "stdin");
            client.open(5, "stdout");
            client.send(new Frame.RstStream(3, RstStatus.CANCEL));
            assertThat(client.untilClosed()).endsWith(new Frame.GoAway(5, GoAwayStatus.OK));
        }
    }

    static Stream<Arguments> hostile() {
        return Stream.of(
                arguments("a control frame of SPDY/2", List.of(hex("80020006 00000004 00000001")), 0),
                arguments("a frame announcing 16 MiB, refused before its payload", List.of(hex("00000001 00ffffff")), 0),
                arguments("a header block that inflates to 1 MiB", List.of(synStream(1, compressed("a".repeat(1 << 20)))), 0),
                arguments("stream ids going backwards", List.of(syn(3, "error"), syn(1, "stdout")), 3),
                arguments("an even stream id from the client", List.of(syn(2, "error")), 0),
                arguments("more streams than a session may have",
                        List.of(syn(1, "a"), syn(3, "b"), syn(5, "c"), syn(7, "d"), syn(9, "e"), syn(11, "f"), syn(13, "g"),
                                syn(15, "h"), syn(17, "i")), 17),
                arguments("HTTP instead of SPDY", List.of(ByteBuffer.wrap("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII))), 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void aClientBreakingTheProtocolGetsGoAwayAndTheServerCarriesOn(String name, List<Object> frames, int lastGood)
            throws IOException {
        try (SpdyClient client = upgraded(lab.get().apiPort(), "command=ls&stdout=true", "v4.channel.k8s.io")) {
            for (Object frame : frames) {
                if (frame instanceof Frame spdy) {
                    client.send(spdy);
                } else {
                    client.sendBytes((ByteBuffer) frame);
                }
            }
            List<Frame> answer = client.untilClosed();
            assertThat(answer).isNotEmpty();
            assertThat(answer.get(answer.size() - 1)).isEqualTo(new Frame.GoAway(lastGood, GoAwayStatus.PROTOCOL_ERROR));
        }
        assertThat(lab.get().api(sandbox).get("/version").code()).isEqualTo(200);
    }

    @Test
    void aClientThatDoesNotOpenItsStreamsInTimeIsSentAway() throws IOException {
        try (SpdyClient client = upgraded(tight.port(), "command=ls&stdout=true", "v4.channel.k8s.io")) {
            client.open(1, "error");
            long start = System.nanoTime();
            assertThat(client.untilClosed()).containsExactly(new Frame.SynReply(1, 0, HeaderBlock.EMPTY),
                    new Frame.GoAway(1, GoAwayStatus.OK));
            // the stream creation timeout, not the idle timeout
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
        }
    }

    @Test
    void anIdleSessionIsClosed() throws IOException {
        try (SpdyClient client = upgraded(tight.port(), "command=sh&stdin=true&stdout=true", "v4.channel.k8s.io")) {
            client.open(1, "error");
            client.open(3, "stdin");
            client.open(5, "stdout");
            // the shell waits for stdin that never comes; after 3 s of silence the server says goodbye
            assertThat(client.untilClosed()).endsWith(new Frame.GoAway(5, GoAwayStatus.OK));
        }
    }

    @Test
    void aClientThatDoesNotReadIsCutOff() throws IOException {
        try (SpdyClient client = upgraded(tight.port(), "command=sh&stdin=true&stdout=true", "v4.channel.k8s.io")) {
            // an established exec waiting for stdin, so that no timeout ends it
            client.open(1, "error");
            client.open(3, "stdin");
            client.open(5, "stdout");
            ByteBuffer pings = ByteBuffer.allocate(12 * 8192);
            for (int i = 0; i < 8192; i++) {
                pings.putInt(0x80030006).putInt(4).putInt(2 * i + 1);
            }
            // every ping asks for an echo the client never reads: the server's output queue hits its limit and closes
            assertThatThrownBy(() -> {
                for (int round = 0; round < 2000; round++) {
                    client.sendBytes(pings.duplicate().flip());
                }
            }).isInstanceOf(IOException.class);
        }
        assertThat(lab.get().api(sandbox).get("/version").code()).isEqualTo(200);
    }

    @Test
    void aLargeHeaderBlockWithinTheFrameLimitIsStillRefusedByTheInflatedLimit() throws IOException {
        try (SpdyClient client = upgraded(tight.port(), "command=ls&stdout=true", "v4.channel.k8s.io")) {
            client.sendBytes(synStream(1, compressed("a".repeat(8192))));
            assertThat(client.untilClosed()).containsExactly(new Frame.GoAway(0, GoAwayStatus.PROTOCOL_ERROR));
        }
    }

    private static Frame.Data data(int streamId, String text) {
        return new Frame.Data(streamId, 0, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Frame.Data fin(int streamId) {
        return new Frame.Data(streamId, Frame.FLAG_FIN, new byte[0]);
    }

    private static ByteBuffer hex(String hex) {
        return ByteBuffer.wrap(java.util.HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    private static Frame syn(int streamId, String streamType) {
        return new Frame.SynStream(streamId, 0, 0, 0, HeaderBlock.of("streamtype", streamType));
    }

    /** The first header block of a connection, holding one long header value. */
    private static byte[] compressed(String value) {
        try (HeaderBlockWriter writer = new HeaderBlockWriter()) {
            return writer.write(HeaderBlock.of("x", value));
        }
    }

    private static ByteBuffer synStream(int streamId, byte[] headerBlock) {
        return ByteBuffer.allocate(18 + headerBlock.length)
                .putShort((short) 0x8003).putShort((short) 1).putInt(10 + headerBlock.length)
                .putInt(streamId).putInt(0).put((byte) 0).put((byte) 0).put(headerBlock).flip();
    }
}
