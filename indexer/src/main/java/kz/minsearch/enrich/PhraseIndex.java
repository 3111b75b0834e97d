package kz.minsearch.enrich;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Analyzed phrases, each with what it stands for, found in a text in one pass: every phrase is filed under each
 * reading of its first word, so a text is read once and only the phrases that can start at a position are tried
 * there — not every phrase against the whole text. Enrichment reads every document through it.
 *
 * @param <T> what a phrase stands for (a concept, an area's term)
 */
final class PhraseIndex<T> {
    private record Entry<T>(T value, AnalyzedText phrase) {
    }

    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();

    void add(T value, AnalyzedText phrase) {
        if (phrase.isEmpty()) {
            return;
        }
        Entry<T> entry = new Entry<>(value, phrase);
        for (String first : phrase.positions().get(0)) {
            byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(entry);
        }
    }

    /** What is told of an occurrence: what the phrase stands for and the position it starts at. */
    interface Occurrence<T> {
        void found(T value, int position);
    }

    /** Each occurrence of each phrase in the text, in the text's order (a phrase found twice is reported twice). */
    void forEachOccurrence(AnalyzedText text, BiConsumer<T, AnalyzedText> found) {
        forEachPosition(text, (value, position) -> { }, found);
    }

    /** Each occurrence with where it starts. */
    void forEachStart(AnalyzedText text, Occurrence<T> found) {
        forEachPosition(text, found, (value, phrase) -> { });
    }

    private void forEachPosition(AnalyzedText text, Occurrence<T> at, BiConsumer<T, AnalyzedText> found) {
        List<Set<String>> positions = text.positions();
        for (int i = 0; i < positions.size(); i++) {
            Set<String> readings = positions.get(i);
            // a word with several readings may reach one phrase through two of them: it occurs here once
            Set<Entry<T>> tried = readings.size() > 1 ? Collections.newSetFromMap(new IdentityHashMap<>()) : null;
            for (String reading : readings) {
                for (Entry<T> entry : byFirstWord.getOrDefault(reading, List.of())) {
                    if ((tried == null || tried.add(entry)) && text.hasAt(i, entry.phrase())) {
                        found.accept(entry.value(), entry.phrase());
                        at.found(entry.value(), i);
                    }
                }
            }
        }
    }
}
