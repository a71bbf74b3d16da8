package dev.pacesetter.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateTest {

    @Test
    void placeholdersAreFoundInOrderOfFirstUse() {
        Template t = Template.parse("{b} and {a}, then {b} again", "t");
        assertEquals(List.of("b", "a"), List.copyOf(t.variables()));
        assertEquals("2 and 1, then 2 again", t.render(Map.of("a", "1", "b", "2"), v -> v));
    }

    @Test
    void aTemplateWithoutPlaceholdersRendersAsIs() {
        assertEquals("Good morning", Template.parse("Good morning", "t").render(Map.of(), v -> v));
    }

    @ParameterizedTest(name = "''{0}'' fails: {1}")
    @CsvSource(delimiter = '|', value = {
            "Hello {name               | '{' without a matching '}' at position 6",
            "Hello name}               | '}' without a matching '{' at position 10",
            "Hello {}                  | invalid placeholder {}",
            "Hello {first name}        | invalid placeholder {first name}",
            "Hello {Name}              | invalid placeholder {Name}",
            "Hello {a{b}}              | invalid placeholder {a{b}",
    })
    void malformedPlaceholdersFailWithPosition(String source, String reason) {
        ContentException e = assertThrows(ContentException.class, () -> Template.parse(source, "x"));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
