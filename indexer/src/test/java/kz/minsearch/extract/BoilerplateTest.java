package kz.minsearch.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BoilerplateTest {
    private static final String PROSE = "Министр культуры и информации провела совещание с руководителями региональных управлений и театров.";

    private static TextBlocks.Block block(String text) {
        return new TextBlocks.Block(text, 0, "p");
    }

    private static TextBlocks.Block link(String text) {
        return new TextBlocks.Block(text, text.length(), "p");
    }

    @Test
    void labelsDatelinesAndCaptionsGo() {
        assertEquals(List.of(PROSE, PROSE), Boilerplate.strip(List.of(block("Опубликовано: 17 февраля 2026, 14:05"), block(PROSE),
                block("Реклама"), block("Фото: пресс-служба"), block("Related articles"), block(PROSE))));
    }

    @Test
    void aLinkAloneBetweenParagraphsStaysARunOfLinksGoes() {
        assertEquals(List.of(PROSE, "Get it on Amazon for $39", PROSE),
                Boilerplate.strip(List.of(block(PROSE), link("Get it on Amazon for $39"), block(PROSE), link("Other story one"),
                        link("Other story two"))));
    }

    @Test
    void theBylineAboveAndThePromotionBelowGo() {
        assertEquals(List.of(PROSE), Boilerplate.strip(List.of(block("ElNews 17.02.2026"), block(PROSE),
                block("Подписывайтесь на наш Telegram-канал"), block("Follow us on Twitter @ministry"))));
    }
}
