package kz.minsearch.enrich;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An operator's people and area terms, read from files at start, validated with errors that say what to mend. */
class RegistryTest {
    private static final String DEPUTY = """
            {"people": [{"id": "kaliyev", "names": {"kk": ["Ержан Қалиев"], "ru": ["Ержан Калиев"], "en": ["Yerzhan Kaliyev"]},
              "roles": [{"role": "Minister of Culture and Information", "from": "2030-01", "to": null}]}]}
            """;

    private static Path write(Path dir, String name, String json) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), json);
    }

    @Test
    void anOperatorsPersonIsFoundAndIsMinisterInTheirMonths(@TempDir Path dir) throws IOException {
        write(dir, "people.json", DEPUTY);
        Registry registry = Registry.bundled().withFiles(dir);
        assertEquals("Ержан Калиев", registry.person("kaliyev").label("ru"));
        PeopleFinder.Found found = new PeopleFinder(registry).find("Министр Ержан Калиев открыл выставку.",
                OffsetDateTime.parse("2030-03-01T10:00:00+05:00"));
        assertEquals(List.of("kaliyev"), found.ministers());
    }

    @Test
    void anOperatorsAreaTermsCountAsEvidence(@TempDir Path dir) throws IOException {
        write(dir, "terms.json", """
                {"areas": {"culture": {"en": ["kyui", "dombra recital"]}}}""");
        Registry registry = Registry.bundled().withFiles(dir);
        assertEquals(List.of("kyui", "dombra recital"), registry.addedTerms().get("culture").get("en"));
        String text = "A dombra recital of kyui by young performers will close the season; each kyui is introduced by its story.";
        assertTrue(new AreaTerms(registry.addedTerms()).scores(Language.EN, "", text, text).stream()
                .anyMatch(m -> m.area().equals("culture") && m.terms().contains("kyui")));
    }

    @Test
    void noDirectoryAddsNothing(@TempDir Path dir) {
        Registry bundled = Registry.bundled();
        assertSame(bundled, bundled.withFiles(dir.resolve("registry")));
    }

    @Test
    void aFileThatCannotBeUsedIsRefusedSayingWhatIsWrong(@TempDir Path dir) throws IOException {
        assertRefused(dir, "{\"people\": [{\"id\": \"x\", \"names\": {\"en\": [\"X Y\"]}, \"roles\": []}]}", "person x: no roles");
        assertRefused(dir, "{\"people\": [{\"id\": \"x\", \"names\": {\"en\": [\"X Y\"]}, \"roles\": [{\"role\": \"Minister of Culture\"}]}]}",
                "no \"from\" month");
        assertRefused(dir, "{\"people\": [{\"id\": \"x\", \"names\": {\"en\": [\"X Y\"]}, \"roles\": [{\"role\": \"Minister of Culture\", "
                + "\"from\": \"May 2024\"}]}]}", "'May 2024', not a month");
        assertRefused(dir, "{\"people\": [{\"id\": \"x\", \"names\": {\"en\": [\"X Y\"]}, \"roles\": [{\"role\": \"Minister of Culture\", "
                + "\"from\": \"2024-05\", \"to\": \"2023-01\"}]}]}", "ends (2023-01) before it begins");
        assertRefused(dir, "{\"people\": [{\"id\": \"balayeva\", \"names\": {\"en\": [\"A B\"]}, \"roles\": [{\"role\": \"Minister of Culture\", "
                + "\"from\": \"2024-05\"}]}]}", "person balayeva: the id is taken already");
        assertRefused(dir, "{\"people\": [{\"id\": \"x\", \"names\": {\"kk\": [\"Х Ү\"]}, \"roles\": [{\"role\": \"Minister of Culture\", "
                + "\"from\": \"2024-05\"}]}]}", "no names in en");
        assertRefused(dir, "{\"areas\": {\"sport\": {\"en\": [\"football\"]}}}", "unknown area 'sport'");
        assertRefused(dir, "{\"areas\": {\"culture\": {\"de\": [\"Theater\"]}}}", "terms in 'de'");
        assertRefused(dir, "{\"people\": [", "not JSON");
        assertRefused(dir, "{\"persons\": []}", "holds neither \"people\" nor \"areas\"");
    }

    private static void assertRefused(Path dir, String json, String saying) throws IOException {
        Path file = write(dir, "bad.json", json);
        Registry.InvalidException e = assertThrows(Registry.InvalidException.class, () -> Registry.bundled().withFiles(dir));
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains(saying), e.getMessage());
    }
}
