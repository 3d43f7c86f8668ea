package nl.wmotoezicht.terms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The public holidays ("algemeen erkende feestdagen") of art. 3 Algemene termijnenwet (Atw), with Dutch names.
 *
 * <ul>
 *   <li>art. 3 lid 1: Nieuwjaarsdag, Tweede Paasdag, Tweede Pinksterdag, Eerste en Tweede Kerstdag, Hemelvaartsdag,
 *       the day the King's birthday is celebrated (Koningsdag: 27 April, or 26 April when the 27th is a Sunday) and
 *       5 May (Bevrijdingsdag, every year);</li>
 *   <li>art. 3 lid 2: Goede Vrijdag;</li>
 *   <li>art. 3 lid 3: days declared equal by decree, read from a CSV file ({@link #readDecreeHolidays(Resource)}).</li>
 * </ul>
 * Eerste Paasdag and Eerste Pinksterdag are not in art. 3, but they are Sundays; they are listed for their names.
 * Only the current law is modelled: before 2014 the King's (Queen's) day fell on other dates.
 *
 * <p>Easter Sunday is computed with the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 */
@Component
public class PublicHolidays {

    /** Spring property naming the CSV file with the holidays by decree (a Spring resource location). */
    public static final String LOCATION_PROPERTY = "wmo.terms.decree-holidays-location";
    public static final String DEFAULT_LOCATION = "classpath:terms/holidays-by-decree.csv";

    private final Map<LocalDate, String> byDecree;
    private final Map<Integer, SortedMap<LocalDate, String>> cache = new ConcurrentHashMap<>();

    /** Reads the holidays by decree from the configured location; a bad file fails the start-up. */
    @Autowired
    public PublicHolidays(@Value("${" + LOCATION_PROPERTY + ":" + DEFAULT_LOCATION + "}") Resource decreeHolidays) {
        this(readDecreeHolidays(decreeHolidays));
    }

    /** @param byDecree days declared equal to a public holiday by decree (art. 3 lid 3 Atw), with their names */
    public PublicHolidays(Map<LocalDate, String> byDecree) {
        this.byDecree = Collections.unmodifiableMap(new TreeMap<>(byDecree));
    }

    /** The holidays of art. 3 lid 1 and 2 Atw only, without any day by decree. */
    public static PublicHolidays withoutDecrees() {
        return new PublicHolidays(Map.of());
    }

    /** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** All holidays of a year, in date order, including the days by decree. */
    public SortedMap<LocalDate, String> ofYear(int year) {
        return cache.computeIfAbsent(year, this::computeYear);
    }

    /** Whether the date is a public holiday or a day declared equal to one (art. 3 Atw). */
    public boolean isPublicHoliday(LocalDate date) {
        return ofYear(date.getYear()).containsKey(date);
    }

    /** The Dutch name of the holiday on this date, if it is one. */
    public Optional<String> nameOf(LocalDate date) {
        return Optional.ofNullable(ofYear(date.getYear()).get(date));
    }

    /** The days declared equal to a public holiday by decree (art. 3 lid 3 Atw), in date order. */
    public Map<LocalDate, String> byDecree() {
        return byDecree;
    }

    private SortedMap<LocalDate, String> computeYear(int year) {
        Map<LocalDate, String> days = new HashMap<>();
        LocalDate easter = easterSunday(year);
        LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
        if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            kingsDay = kingsDay.minusDays(1);
        }
        add(days, LocalDate.of(year, Month.JANUARY, 1), "Nieuwjaarsdag");
        add(days, easter.minusDays(2), "Goede Vrijdag");
        add(days, easter, "Eerste Paasdag");
        add(days, easter.plusDays(1), "Tweede Paasdag");
        add(days, kingsDay, "Koningsdag");
        add(days, LocalDate.of(year, Month.MAY, 5), "Bevrijdingsdag");
        add(days, easter.plusDays(39), "Hemelvaartsdag");
        add(days, easter.plusDays(49), "Eerste Pinksterdag");
        add(days, easter.plusDays(50), "Tweede Pinksterdag");
        add(days, LocalDate.of(year, Month.DECEMBER, 25), "Eerste Kerstdag");
        add(days, LocalDate.of(year, Month.DECEMBER, 26), "Tweede Kerstdag");
        byDecree.forEach((date, name) -> {
            if (date.getYear() == year) {
                add(days, date, name);
            }
        });
        return Collections.unmodifiableSortedMap(new TreeMap<>(days));
    }

    /** Two holidays on one day (e.g. Hemelvaartsdag on 5 May 2016) get both names. */
    private static void add(Map<LocalDate, String> days, LocalDate date, String name) {
        days.merge(date, name, (first, second) -> first + " en " + second);
    }

    /**
     * Reads the holidays by decree from a CSV file: lines {@code date,name} with an ISO date and a Dutch name.
     * Everything after {@code #} is a comment; empty lines and a header line {@code date,name} are skipped.
     *
     * @throws IllegalStateException with a Dutch message naming the line, when the file is missing or a line is wrong
     */
    public static Map<LocalDate, String> readDecreeHolidays(Resource resource) {
        String source = resource.getDescription();
        Map<LocalDate, String> days = new TreeMap<>();
        Map<LocalDate, Integer> lineOf = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String raw;
            int lineNumber = 0;
            boolean headerAllowed = true;
            while ((raw = reader.readLine()) != null) {
                lineNumber++;
                String line = raw.replace("\uFEFF", "");
                int comment = line.indexOf('#');
                line = (comment >= 0 ? line.substring(0, comment) : line).strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (headerAllowed && line.replace(" ", "").equalsIgnoreCase("date,name")) {
                    headerAllowed = false;
                    continue;
                }
                headerAllowed = false;
                String[] columns = line.split(",", -1);
                if (columns.length != 2) {
                    throw badLine(source, lineNumber, raw, "verwacht twee kolommen 'datum,naam'");
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(columns[0].strip());
                } catch (DateTimeException e) {
                    throw badLine(source, lineNumber, raw, "ongeldige datum, verwacht JJJJ-MM-DD");
                }
                String name = unquote(columns[1].strip());
                if (name.isEmpty()) {
                    throw badLine(source, lineNumber, raw, "de naam ontbreekt");
                }
                Integer earlier = lineOf.putIfAbsent(date, lineNumber);
                if (earlier != null) {
                    throw badLine(source, lineNumber, raw, "datum " + date + " staat ook op regel " + earlier);
                }
                days.put(date, name);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Feestdagen bij besluit niet te lezen uit " + source + ": " + e.getMessage(), e);
        }
        return days;
    }

    private static String unquote(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1).strip() : text;
    }

    private static IllegalStateException badLine(String source, int lineNumber, String line, String problem) {
        return new IllegalStateException("Fout in feestdagen bij besluit (" + source + "), regel " + lineNumber
                + ": '" + line.strip() + "': " + problem);
    }
}
