package kz.minsearch.index;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mapping is read by Elasticsearch's strict parser as well as ours: a field named twice is refused there. */
class MappingFileTest {
    @Test
    void noFieldIsNamedTwice() throws Exception {
        ObjectMapper strict = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        assertTrue(strict.readTree(PublicationIndex.mapping()).path("mappings").path("properties").has("indexed"));
    }
}
