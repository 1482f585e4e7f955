package dev.scalecfg.interop.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers shared by the writers. */
public final class Issues {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Issues() {}

    /** One issue, before it becomes a public {@code WriteIssue}. */
    public static final class Issue {
        public final String parameter;
        public final String kind;
        public final String message;

        public Issue(String parameter, String kind, String message) {
            this.parameter = parameter;
            this.kind = kind;
            this.message = message;
        }
    }

    /** The tags of the {@code Tags} parameter (a JSON object string), in order. */
    public static Map<String, String> tags(String json) {
        Map<String, String> tags = new LinkedHashMap<>();
        try {
            JsonNode node = JSON.readTree(json);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> tag = it.next();
                tags.put(tag.getKey(), tag.getValue().asText());
            }
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("the Tags parameter is written by the codec as JSON", impossible);
        }
        return tags;
    }

    /** A decimal as plain text when it is of a reasonable size, as the codec wrote it otherwise. */
    public static String decimal(String text) {
        try {
            BigDecimal number = new BigDecimal(text);
            if (number.scale() <= 100 && number.scale() >= -100 && number.precision() <= 100) {
                return number.toPlainString();
            }
        } catch (NumberFormatException notNumber) {
            // written as is
        }
        return text;
    }

    /** Whether Go's {@code base64.StdEncoding} decodes the text (the Terraform provider's test). */
    public static boolean isBase64(String text) {
        String stripped = text.replace("\r", "").replace("\n", "");
        if (stripped.isEmpty() || stripped.length() % 4 != 0) {
            return false;
        }
        try {
            java.util.Base64.getDecoder().decode(stripped);
            return true;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
