package dev.pacesetter.activity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code Prefer: return=minimal} (RFC 7240) on the batch endpoint: which header values ask for it. */
class PreferHeaderTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL                               | false
            ''                                 | false
            return=minimal                     | true
            RETURN=Minimal                     | true
            return = minimal                   | true
            return="minimal"                   | true
            respond-async, return=minimal      | true
            return=minimal; foo=bar            | true
            handling=lenient,return=minimal    | true
            return=representation              | false
            minimal                            | false
            return-minimal                     | false
            x-return=minimal                   | false
            """)
    void asksForMinimal(String header, boolean minimal) {
        assertEquals(minimal, ActivitiesResource.returnMinimal(header));
    }
}
