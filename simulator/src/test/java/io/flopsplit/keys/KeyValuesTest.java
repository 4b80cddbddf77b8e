package io.flopsplit.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.compute.Range;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values looked up by key: by the key itself or an equal one, never by another key that shares its
 * name; two keys of one name are refused.
 */
class KeyValuesTest {

    private static final NumberKey GAIN = Keys.number("gain", "a gain", 2, Range.POSITIVE);
    private static final WholeKey STEPS = Keys.whole("steps", "steps", 8, 1, 100);

    @Test
    void aValueIsFoundByItsKeyOrAnEqualOne() {
        KeyValues values = KeyValues.defaults(List.of(GAIN, STEPS)).with(GAIN, 3.5);
        assertEquals(3.5, values.get(GAIN));
        assertEquals(3.5, values.get(Keys.number("gain", "a gain", 2, Range.POSITIVE)));
        assertEquals(8L, values.get(STEPS));
    }

    @Test
    void anotherKeyOfTheSameNameIsNotAmongThem() {
        KeyValues values = KeyValues.defaults(List.of(GAIN, STEPS));
        NumberKey impostor = Keys.number("gain", "another gain", 2, Range.POSITIVE);
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> values.get(impostor));
        assertTrue(wrong.getMessage().startsWith("gain: not among these keys (gain, steps)"), wrong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> values.get(Keys.whole("width", "w", 1, 1, 9)));
    }

    @Test
    void twoKeysOfOneNameAreRefused() {
        NumberKey twin = Keys.number("gain", "another gain", 2, Range.POSITIVE);
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> KeyValues.defaults(List.of(GAIN, twin)));
        assertEquals("gain: is declared twice", twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KeyValues.defaults(List.of(GAIN, GAIN)));
    }
}
