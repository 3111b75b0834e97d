package kz.minsearch.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Base64;
import java.util.List;

/** The `next` cursor: the last hit's sort values, opaque to the client, checked when it comes back. */
final class Cursor {
    private static final ObjectMapper json = new ObjectMapper();

    private Cursor() {
    }

    static String encode(List<Object> sortValues) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(sortValues));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Object> decode(String cursor) {
        try {
            List<?> values = json.readValue(Base64.getUrlDecoder().decode(cursor), List.class);
            if (values.isEmpty() || values.size() > 3 || values.stream().anyMatch(v -> !(v instanceof String || v instanceof Number))) {
                throw new IllegalArgumentException("not a cursor");
            }
            return List.copyOf(values);
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw new BadParameterException("cursor", "cursor is not one this API wrote; take `next` from a previous answer");
        }
    }

}
