package dev.pacesetter.spiffs;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QualificationTest {

    @ParameterizedTest(name = "newLogoOnly={0}, deal newLogo={1}, reversed={2} -> {3}")
    @CsvSource({
            "false, false, false, true",
            "false, true,  false, true",
            "true,  true,  false, true",
            "true,  false, false, false",
            // a reversed new-logo deal no longer qualifies
            "true,  true,  true,  false"})
    void newLogoOnlyProgramsCountOnlyNewLogoDeals(boolean newLogoOnly, boolean newLogo, boolean reversed,
                                                 boolean qualifies) {
        Qualification q = new Qualification(Set.of("DEAL_WON"), Set.of(), null, newLogoOnly);
        SpiffActivity deal = new SpiffActivity(1, 1, 7, "DEAL_WON", "Platform", SpiffFixtures.START,
                new BigDecimal("1000.00"), reversed, newLogo);
        assertEquals(qualifies, q.matches(deal));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"false, deal", "true, new-logo deal"})
    void theUnitNameSaysNewLogo(boolean newLogoOnly, String name) {
        assertEquals(name, new Qualification(Set.of("DEAL_WON"), Set.of(), null, newLogoOnly).unitName());
    }
}
