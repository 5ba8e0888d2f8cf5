package dev.rbaclab.cluster.server.http.spdy;

import java.time.Duration;

/** What a {@link SpdySession} needs from its connection. */
interface Transport {

    /** Queues a frame; frames go on the wire in the order they are queued. */
    void send(Frame frame);

    /** After the queued frames: half-close, wait a little for the client to close, then close. */
    void shutdown();

    /** Runs a task later on another thread; the returned handle cancels it. */
    Runnable schedule(Duration delay, Runnable task);
}
