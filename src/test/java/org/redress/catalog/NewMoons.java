package org.redress.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * New moons by Meeus, <i>Astronomical Algorithms</i> (2nd ed.), chapter 49 — the full series with
 * the fourteen planetary terms, good to well under a minute in this century — and ΔT by the
 * Espenak–Meeus polynomials. A cross-check of ICU4J's Chinese calendar, whose lower-precision moon
 * puts the new moon of 6 February 2027 (23:56 China Standard Time) after midnight and so the
 * Spring Festival on the 7th: the day a lunar month begins is the day of its new moon in UTC+8.
 */
final class NewMoons {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private NewMoons() {
    }

    /** The date (UTC+8) of the new moon nearest to {@code near}. */
    static LocalDate nearest(LocalDate near) {
        double k = Math.round((near.getYear() + (near.getDayOfYear() - 0.5) / 365.25 - 2000) * 12.3685);
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (double kk = k - 2; kk <= k + 2; kk++) {
            LocalDate date = instant(kk).atOffset(CHINA).toLocalDate();
            long distance = Math.abs(date.toEpochDay() - near.toEpochDay());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = date;
            }
        }
        return best;
    }

    /** The instant (UT) of lunation {@code k} (k = 0: the new moon of 6 January 2000). */
    static Instant instant(double k) {
        double jde = jde(k);
        double year = 2000 + k / 12.3685;
        double jdUt = jde - deltaT(year) / 86_400.0;
        return Instant.ofEpochMilli(Math.round((jdUt - 2_440_587.5) * 86_400_000.0));
    }

    private static double s(double degrees) {
        return Math.sin(Math.toRadians(degrees));
    }

    static double jde(double k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = 2_451_550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = 2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3;
        double mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
        double f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
        double o = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;
        double c = -0.40720 * s(mp) + 0.17241 * e * s(m) + 0.01608 * s(2 * mp) + 0.01039 * s(2 * f)
                + 0.00739 * e * s(mp - m) - 0.00514 * e * s(mp + m) + 0.00208 * e * e * s(2 * m)
                - 0.00111 * s(mp - 2 * f) - 0.00057 * s(mp + 2 * f) + 0.00056 * e * s(2 * mp + m)
                - 0.00042 * s(3 * mp) + 0.00042 * e * s(m + 2 * f) + 0.00038 * e * s(m - 2 * f)
                - 0.00024 * e * s(2 * mp - m) - 0.00017 * s(o) - 0.00007 * s(mp + 2 * m) + 0.00004 * s(2 * mp - 2 * f)
                + 0.00004 * s(3 * m) + 0.00003 * s(mp + m - 2 * f) + 0.00003 * s(2 * mp + 2 * f)
                - 0.00003 * s(mp + m + 2 * f) + 0.00003 * s(mp - m + 2 * f) - 0.00002 * s(mp - m - 2 * f)
                - 0.00002 * s(3 * mp + m) + 0.00002 * s(4 * mp);
        double[] a = {299.77 + 0.107408 * k - 0.009173 * t2, 251.88 + 0.016321 * k, 251.83 + 26.651886 * k,
                349.42 + 36.412478 * k, 84.66 + 18.206239 * k, 141.74 + 53.303771 * k, 207.14 + 2.453732 * k,
                154.84 + 7.306860 * k, 34.52 + 27.261239 * k, 207.19 + 0.121824 * k, 291.34 + 1.844379 * k,
                161.72 + 24.198154 * k, 239.56 + 25.513099 * k, 331.55 + 3.592518 * k};
        double[] coefficients = {0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060, 0.000056,
                0.000047, 0.000042, 0.000040, 0.000037, 0.000035, 0.000023};
        double planetary = 0;
        for (int i = 0; i < a.length; i++) {
            planetary += coefficients[i] * s(a[i]);
        }
        return jde + c + planetary;
    }

    /** TT − UT in seconds (Espenak and Meeus, NASA's Five Millennium Canon, polynomial expressions). */
    static double deltaT(double year) {
        double t = year - 2000;
        if (year < 2005) {
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t
                    + 0.00002373599 * Math.pow(t, 5);
        }
        if (year < 2050) {
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        return -20 + 32 * Math.pow((year - 1820) / 100, 2) - 0.5628 * (2150 - year);
    }
}
