package dev.scalecfg.core.scaleout;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** ISO-8601 JSON form of {@link Instant}, so that readers need no java.time Jackson module. */
final class InstantJson {
    private InstantJson() {}

    /** Writes an instant as its ISO-8601 string. */
    static final class Writer extends StdSerializer<Instant> {
        private static final long serialVersionUID = 1L;

        Writer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    /** Reads an instant from an ISO-8601 string such as {@code 2026-11-28T10:00:00Z}. */
    static final class Reader extends StdDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        Reader() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException | NullPointerException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text,
                        "expected an ISO-8601 instant such as 2026-11-28T10:00:00Z");
            }
        }
    }
}
