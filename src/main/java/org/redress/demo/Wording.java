package org.redress.demo;

import java.time.LocalDate;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Small pieces of natural wording shared by statements, notes and decisions. */
final class Wording {

    private Wording() {
    }

    /** 2026年3月14日 */
    static String zh(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 14 March 2026 */
    static String en(LocalDate date) {
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                + " " + date.getYear();
    }

    /** An amount of yuan as people write it: 3,200 or 12,450.50. */
    static String yuan(RandomGenerator random, int min, int max) {
        long amount = random.nextLong(min, max + 1L);
        if (random.nextInt(4) == 0) {
            int cents = random.nextInt(100);
            return grouped(amount) + (cents < 10 ? ".0" : ".") + cents;
        }
        return grouped(amount / 10 * 10);
    }

    /** 12,450: thousands separated by commas, as Chinese documents write amounts. */
    static String grouped(long amount) {
        String digits = Long.toString(amount);
        var out = new StringBuilder(digits.length() + digits.length() / 3);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    static String pick(RandomGenerator random, String... options) {
        return options[random.nextInt(options.length)];
    }

    /** Replaces {key} placeholders; pairs are key, value, key, value … */
    static String fill(String template, String... pairs) {
        String text = template;
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            text = text.replace("{" + pairs[i] + "}", pairs[i + 1]);
        }
        return text;
    }
}
