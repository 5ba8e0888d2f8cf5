package dev.rbaclab.classroom;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Reads a server-sent event stream on a thread of its own, as a browser's EventSource does. */
public final class SseListener implements AutoCloseable {

    /** One event: its name and data. */
    public record Event(String name, String data, long receivedNanos) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile InputStream stream;
    private final StringBuffer received = new StringBuffer();
    private volatile String ended;

    public SseListener(String url, String cookie) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie)
                .header("Accept", "text/event-stream").GET().build();
        reader = new Thread(() -> {
            try {
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                stream = response.body();
                BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
                String name = "message";
                StringBuilder data = new StringBuilder();
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.isEmpty()) {
                        if (data.length() > 0) {
                            events.add(new Event(name, data.toString(), System.nanoTime()));
                            received.append(name).append(' ');
                        }
                        name = "message";
                        data.setLength(0);
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    }
                }
                ended = "the server ended the stream";
            } catch (IOException | InterruptedException e) {
                ended = "the stream failed: " + e;
            }
        }, "sse-listener");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next event with this name, or null after the timeout. */
    public Event next(String name, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            Event event = events.poll(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            if (event != null && event.name().equals(name)) {
                return event;
            }
        }
        return null;
    }

    /** What arrived so far and whether the stream is still open: for a failing test's message. */
    public String describe() {
        return "events received: [" + received.toString().strip() + "]; "
                + (ended == null ? "the stream is open" : ended);
    }

    @Override
    public void close() {
        try {
            if (stream != null) {
                stream.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        reader.interrupt();
    }
}
