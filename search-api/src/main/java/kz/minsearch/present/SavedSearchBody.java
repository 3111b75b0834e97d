package kz.minsearch.present;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import kz.minsearch.search.BadParameterException;
import kz.minsearch.search.SearchRequest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON body of a saved search — a webhook alert or a mail subscription: {@code {"query": {…/api/search
 * parameters…}, "<target>": "…", …}}, read and checked the same way for both.
 */
final class SavedSearchBody {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SavedSearchBody() {
    }

    /** The body, when it is JSON with a query object and a text {@code target}; a 400 showing {@code usage} otherwise. */
    static JsonNode read(Context ctx, String target, String usage) {
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.path("query").isObject() || !body.path(target).isTextual()) {
            throw new BadParameterException("body", "the body must be " + usage);
        }
        return body;
    }

    /** The query as search parameters (a value or a list of values each); a saved search must be a valid search. */
    static Map<String, List<String>> query(JsonNode body) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        body.get("query").properties().forEach(e -> {
            List<String> values = new ArrayList<>();
            if (e.getValue().isArray()) {
                e.getValue().forEach(v -> values.add(v.asText()));
            } else {
                values.add(e.getValue().asText());
            }
            query.put(e.getKey(), values);
        });
        SearchRequest.from(query); // 400 naming the parameter otherwise
        return query;
    }
}
