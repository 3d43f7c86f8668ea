package nl.wmotoezicht.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TermPeriodTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "P6W,   P42D,  false",
            "P2W,   P14D,  false",
            "P1M,   P1M,   false",
            "P3M,   P3M,   false",
            "P1Y,   P1Y,   false",
            "P90D,  P90D,  false",
            "P1Y2M3D, P1Y2M3D, false",
    })
    void parsesIsoPeriods(String text, String expected, boolean workingDays) {
        TermPeriod period = TermPeriod.parse(text);

        assertThat(period.period()).isEqualTo(Period.parse(expected));
        assertThat(period.isWorkingDays()).isEqualTo(workingDays);
        assertThat(period.text()).isEqualTo(text);
    }

    @Test
    void remembersWeeksForArticle4() {
        assertThat(TermPeriod.parse("P13W").inWeeks()).isTrue();
        assertThat(TermPeriod.parse("P91D").inWeeks()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"P10WD", "p10wd", " P10WD "})
    void parsesWorkingDays(String text) {
        TermPeriod period = TermPeriod.parse(text);

        assertThat(period.isWorkingDays()).isTrue();
        assertThat(period.workingDays()).isEqualTo(10);
        assertThat(period.period()).isEqualTo(Period.ZERO);
        assertThat(period.text()).isEqualTo(text.strip());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsAMissingPeriod(String text) {
        assertThatThrownBy(() -> TermPeriod.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Termijn ontbreekt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            6W       | Ongeldige termijn '6W'
            P        | Ongeldige termijn 'P'
            zes weken| Ongeldige termijn 'zes weken'
            Twee weken| Ongeldige termijn 'Twee weken'
            P1.5D    | Ongeldige termijn 'P1.5D'
            P10W D   | Ongeldige termijn 'P10W D'
            PT24H    | in uren
            P1DT2H   | in uren
            P-1D     | mag niet negatief zijn
            P1M-2D   | mag niet negatief zijn
            P0D      | langer zijn dan nul dagen
            P0WD     | langer zijn dan nul werkdagen
            P10001WD | te lang
            """)
    void rejectsInvalidText(String text, String message) {
        assertThatThrownBy(() -> TermPeriod.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
