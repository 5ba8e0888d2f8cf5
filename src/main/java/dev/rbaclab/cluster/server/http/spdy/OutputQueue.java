package dev.rbaclab.cluster.server.http.spdy;

import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.IteratingCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Frames on their way to the client: encoded in the order they are queued (header compression is one stream), written
 * without blocking, one write at a time. While the connection handles what it read, frames are {@link #hold() held}
 * and then written together. A client that stops reading cannot make the server buffer without end: past the limit
 * the connection is closed. After {@link #shutdown()} nothing more is queued; once the queue is written the output
 * is half-closed.
 */
final class OutputQueue {

    private static final Logger LOG = LoggerFactory.getLogger(OutputQueue.class);

    private final EndPoint endPoint;
    private final int maxQueuedBytes;
    private final Runnable afterShutdown;
    private final FrameEncoder encoder = new FrameEncoder();
    private final Flusher flusher = new Flusher();
    private final Deque<ByteBuffer> queue = new ArrayDeque<>();
    private int queuedBytes;
    private int holds;
    private boolean shuttingDown;
    private boolean overflowed;
    private boolean outputShut;
    private boolean closed;

    OutputQueue(EndPoint endPoint, int maxQueuedBytes, Runnable afterShutdown) {
        this.endPoint = endPoint;
        this.maxQueuedBytes = maxQueuedBytes;
        this.afterShutdown = afterShutdown;
    }

    void send(Frame frame) {
        boolean overflow;
        boolean flush;
        synchronized (queue) {
            if (shuttingDown || overflowed || closed) {
                return;
            }
            ByteBuffer bytes = encoder.encode(frame);
            queuedBytes += bytes.remaining();
            overflow = queuedBytes > maxQueuedBytes;
            overflowed = overflow;
            queue.add(bytes);
            flush = holds == 0;
        }
        if (overflow) {
            LOG.debug("SPDY client at {} does not read; closing", endPoint.getRemoteSocketAddress());
            endPoint.close();
            return;
        }
        if (flush) {
            flusher.iterate();
        }
    }

    /** Frames queued from now on wait for {@link #release()}, to go out in one write. */
    void hold() {
        synchronized (queue) {
            holds++;
        }
    }

    void release() {
        synchronized (queue) {
            holds--;
        }
        flusher.iterate();
    }

    void shutdown() {
        boolean flush;
        synchronized (queue) {
            shuttingDown = true;
            flush = holds == 0;
        }
        if (flush) {
            flusher.iterate();
        }
    }

    /** The connection closed: drop what is queued and free the compressor. */
    void close() {
        synchronized (queue) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
            encoder.close();
        }
    }

    private final class Flusher extends IteratingCallback {

        @Override
        protected Action process() {
            ByteBuffer[] batch = null;
            boolean shutOutput = false;
            synchronized (queue) {
                if (closed || holds > 0) {
                    return Action.IDLE;
                }
                if (!queue.isEmpty()) {
                    batch = queue.toArray(ByteBuffer[]::new);
                    queue.clear();
                    queuedBytes = 0;
                } else if (shuttingDown && !outputShut) {
                    outputShut = true;
                    shutOutput = true;
                }
            }
            if (batch != null) {
                endPoint.write(this, batch);
                return Action.SCHEDULED;
            }
            if (shutOutput) {
                endPoint.shutdownOutput();
                afterShutdown.run();
            }
            return Action.IDLE;
        }

        @Override
        protected void onCompleteFailure(Throwable cause) {
            LOG.debug("SPDY write failed", cause);
            endPoint.close(cause);
        }
    }
}
