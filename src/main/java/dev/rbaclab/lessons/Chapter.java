package dev.rbaclab.lessons;

import java.util.List;
import java.util.Optional;

/** The chapter: its lessons in order. */
public record Chapter(String id, Text title, List<Lesson> lessons) {

    public Chapter {
        lessons = List.copyOf(lessons);
    }

    public Optional<Lesson> lesson(String lessonId) {
        return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
    }
}
