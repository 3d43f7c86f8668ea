package nl.wmotoezicht.terms;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class TermControllerTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(
            new TermController(new LegalCalendar(new PublicHolidays(LegalCalendarTest.DECREE)))).build();

    @Test
    void computesTheExampleOfTheIssue() throws Exception {
        mvc.perform(get("/api/terms").param("from", "2026-12-01").param("period", "P6W").param("statutory", "true"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.from").value("2026-12-01"))
                .andExpect(jsonPath("$.period").value("P6W"))
                .andExpect(jsonPath("$.statutory").value(true))
                .andExpect(jsonPath("$.ends").value("2027-01-12"))
                .andExpect(jsonPath("$.extendedBy").isEmpty());
    }

    @Test
    void listsTheExtensionAndDefaultsToStatutory() throws Exception {
        mvc.perform(get("/api/terms").param("from", "2026-12-11").param("period", "P2W"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statutory").value(true))
                .andExpect(jsonPath("$.unextendedEnd").value("2026-12-25"))
                .andExpect(jsonPath("$.ends").value("2026-12-28"))
                .andExpect(jsonPath("$.extendedBy.length()").value(3))
                .andExpect(jsonPath("$.extendedBy[0].date").value("2026-12-25"))
                .andExpect(jsonPath("$.extendedBy[0].reason").value("Eerste Kerstdag"))
                .andExpect(jsonPath("$.extendedBy[2].reason").value("zondag"));
    }

    @Test
    void decisionTermIsNotExtended() throws Exception {
        mvc.perform(get("/api/terms").param("from", "2026-12-11").param("period", "P2W").param("statutory", "false"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statutory").value(false))
                .andExpect(jsonPath("$.ends").value("2026-12-25"))
                .andExpect(jsonPath("$.extendedBy").isEmpty());
    }

    @Test
    void countsBackwards() throws Exception {
        mvc.perform(get("/api/terms").param("from", "2027-01-08").param("period", "P1W")
                        .param("direction", "backwards"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ends").value("2027-01-01"))
                .andExpect(jsonPath("$.extendedBy").isEmpty());
    }

    @ParameterizedTest(name = "from={0} period={1} statutory={2} direction={3} -> 400 naming {4}")
    @CsvSource({
            ",           P6W,   true,  forwards,  from",
            "01-12-2026, P6W,   true,  forwards,  from",
            "2026-02-30, P6W,   true,  forwards,  from",
            "2026-12-01, ,      true,  forwards,  period",
            "2026-12-01, 6W,    true,  forwards,  period",
            "2026-12-01, PT24H, true,  forwards,  period",
            "2026-12-01, P6W,   ja,    forwards,  statutory",
            "2026-12-01, P6W,   true,  sideways,  direction",
            // issue 11 finding 8: absurd dates and lengths are bounded, and the error names the right parameter
            "+999999999-12-01, P1Y, true, forwards, from",
            "0000-01-01, P6W,   true,  forwards,  from",
            "9999-12-31, P6W,   true,  forwards,  from",
            "2026-12-01, P999999Y, true, forwards, period",
            "2026-12-01, P2147483647D, true, forwards, period",
            "2026-12-01, P101Y, true,  forwards,  period",
    })
    void rejectsBadInputAsProblemDetail(String from, String period, String statutory, String direction,
                                        String parameter) throws Exception {
        var request = get("/api/terms").param("statutory", statutory).param("direction", direction);
        if (from != null) {
            request.param("from", from);
        }
        if (period != null) {
            request.param("period", period);
        }
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Ongeldige parameter"))
                .andExpect(jsonPath("$.parameter").value(parameter))
                .andExpect(jsonPath("$.detail").value(containsString("'" + parameter + "'")));
    }
}
