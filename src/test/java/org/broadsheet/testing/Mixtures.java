package org.broadsheet.testing;

import java.util.Random;

/** Random texts made of given pieces, for tests that hold a fast path to a plain rule over many inputs. */
public final class Mixtures {

    private Mixtures() {
    }

    /** Fewer than {@code bound} pieces (none included) drawn from {@code pieces}, one after another. */
    public static String of(Random random, String[] pieces, int bound) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(bound); i > 0; i--) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
