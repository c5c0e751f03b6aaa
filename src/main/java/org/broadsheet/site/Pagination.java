package org.broadsheet.site;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Splits a list into numbered pages, each knowing its own path and its neighbours'. */
public final class Pagination {

    private Pagination() {
    }

    /**
     * One page of a listing.
     *
     * @param number 1-based page number
     * @param previousPath the newer page's path, or null on the first page
     * @param nextPath the older page's path, or null on the last page
     */
    public record Page<T>(int number, int total, List<T> items, String path, String previousPath, String nextPath) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /** Always at least one page, so an empty listing still has its page. */
    public static <T> List<Page<T>> paginate(List<T> items, int pageSize, IntFunction<String> pathOfPage) {
        int total = Math.max(1, (items.size() + pageSize - 1) / pageSize);
        List<Page<T>> pages = new ArrayList<>(total);
        for (int n = 1; n <= total; n++) {
            List<T> slice = items.subList(Math.min((n - 1) * pageSize, items.size()), Math.min(n * pageSize, items.size()));
            pages.add(new Page<>(n, total, slice, pathOfPage.apply(n),
                    n > 1 ? pathOfPage.apply(n - 1) : null, n < total ? pathOfPage.apply(n + 1) : null));
        }
        return pages;
    }
}
