package org.broadsheet.output;

/** What a build changed on disk: files new or different, files identical to the previous build, files removed. */
public record WriteResult(int written, int unchanged, int removed) {
}
