package io.newsgraph.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GdeltToneTest {

    private final GdeltTone tone = new GdeltTone();

    @Test
    void countsWordsAndLexiconPolarity() {
        // good, fine, care: positive; awful: negative; "don't" is one word; no VADER rules (negation) apply
        ToneCounts c = tone.count("The harvest was good, the weather fine -- but the roads were AWFUL and we don't care.");
        assertEquals(new ToneCounts(16, 3, 1), c);
        assertEquals(3 * 100.0 / 16, c.positivePct(), 1e-12);
        assertEquals(100.0 / 16, c.negativePct(), 1e-12);
        assertEquals(2 * 100.0 / 16, c.tone(), 1e-12);
        assertEquals(4 * 100.0 / 16, c.polarity(), 1e-12);
    }

    @Test
    void curlyApostropheAndHyphenJoinWords() {
        assertEquals(3, tone.count("won’t self-help 42").words());
        assertEquals(2, tone.count("'quoted' --dash").words());
    }

    @Test
    void emptyDocument() {
        ToneCounts c = tone.count("  ... !! ");
        assertEquals(ToneCounts.ZERO, c);
        assertEquals(0.0, c.tone());
        assertEquals(0.0, c.polarity());
    }

    @Test
    void rejectsInconsistentCounts() {
        assertThrows(IllegalArgumentException.class, () -> new ToneCounts(1, 1, 1));
        assertEquals(new ToneCounts(5, 2, 1), new ToneCounts(2, 1, 0).plus(new ToneCounts(3, 1, 1)));
    }
}
