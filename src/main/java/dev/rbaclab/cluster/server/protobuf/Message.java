package dev.rbaclab.cluster.server.protobuf;

import java.util.HashMap;
import java.util.Map;

/** A message table: its name (for error messages) and its known fields by number. Unknown numbers are skipped. */
record Message(String name, Map<Integer, Field> fields) {

    Message {
        fields = Map.copyOf(fields);
    }

    static Message of(String name, Field... fields) {
        Map<Integer, Field> byNumber = new HashMap<>();
        for (Field field : fields) {
            if (byNumber.put(field.number(), field) != null) {
                throw new IllegalArgumentException(name + " lists field " + field.number() + " twice");
            }
        }
        return new Message(name, byNumber);
    }

    Field field(int number) {
        return fields.get(number);
    }

    @Override
    public String toString() {
        return name;
    }
}
