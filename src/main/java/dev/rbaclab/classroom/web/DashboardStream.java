package dev.rbaclab.classroom.web;

import dev.rbaclab.classroom.RosterFeed;
import dev.rbaclab.classroom.Workshop;
import dev.rbaclab.web.Pages;
import io.javalin.http.HttpResponseException;
import io.javalin.http.sse.SseClient;

import java.util.Locale;

/** The dashboard's server-sent events: one connection per open dashboard, fed by the {@link RosterFeed}. */
public final class DashboardStream {

    private final InstructorPages pages;
    private final RosterFeed feed;

    public DashboardStream(InstructorPages pages, RosterFeed feed) {
        this.pages = pages;
        this.feed = feed;
    }

    public void connect(SseClient client) {
        Workshop workshop;
        try {
            workshop = pages.workshop(client.ctx());
        } catch (HttpResponseException e) {
            client.sendEvent("denied", String.valueOf(e.getStatus()));
            client.close();
            return;
        }
        Locale locale = Pages.locale(client.ctx());
        RosterFeed.Subscriber subscriber = new RosterFeed.Subscriber() {
            @Override
            public Locale locale() {
                return locale;
            }

            @Override
            public boolean send(String event, String data) {
                if (client.terminated()) {
                    return false;
                }
                client.sendEvent(event, data);
                return !client.terminated();
            }

            @Override
            public boolean ping() {
                if (client.terminated()) {
                    return false;
                }
                client.sendComment("");
                return !client.terminated();
            }
        };
        client.keepAlive();
        client.onClose(() -> feed.unsubscribe(workshop, subscriber));
        client.sendEvent("ready", workshop.code());
        feed.subscribe(workshop, subscriber);
    }
}
