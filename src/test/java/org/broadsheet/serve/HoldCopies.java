package org.broadsheet.serve;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A second process for {@link PrivateCopiesTest}: makes a folder of copies as a serve does, prints it, and holds it
 * until its standard input closes or it is killed.
 */
final class HoldCopies {

    private HoldCopies() {
    }

    public static void main(String[] args) throws IOException {
        PrivateCopies copies = PrivateCopies.in(Path.of(args[0]));
        Path copy = copies.copy(Path.of(args[1]));
        System.out.println(copy.getParent());
        System.out.flush();
        while (System.in.read() >= 0) {
            // held until the test closes our input, or kills us
        }
        copies.close();
    }
}
