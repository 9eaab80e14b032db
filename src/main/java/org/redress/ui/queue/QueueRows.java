package org.redress.ui.queue;

import javafx.collections.ObservableListBase;
import org.jspecify.annotations.Nullable;
import org.redress.casework.QueueLine;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The queue as a list the table can virtualise: its size is the number of matching cases, but only
 * a few pages of rows are held. Asking for a row of a page not held answers null (the table shows
 * an empty line) and asks for the page; when it arrives the list reports those rows replaced.
 * Least recently used pages are dropped beyond {@link #MAX_PAGES}. Used on the FX thread only.
 */
public final class QueueRows extends ObservableListBase<@Nullable QueueLine> {

    public static final int PAGE_SIZE = 50;
    public static final int MAX_PAGES = 6;

    /** Fetches a page in the background and hands it to {@link #pageArrived} (or {@link #pageFailed}). */
    public interface PageSource {
        void request(long generation, int page);
    }

    private final PageSource source;
    private final Map<Integer, List<QueueLine>> pages = new LinkedHashMap<>(16, 0.75f, true);
    private final Set<Integer> requested = new HashSet<>();
    private long generation;
    private int size;

    public QueueRows(PageSource source) {
        this.source = source;
    }

    @Override
    public @Nullable QueueLine get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE_SIZE;
        List<QueueLine> rows = pages.get(page);
        if (rows == null) {
            request(page);
            return null;
        }
        int offset = index % PAGE_SIZE;
        return offset < rows.size() ? rows.get(offset) : null;
    }

    @Override
    public int size() {
        return size;
    }

    /** The generation pages must belong to; bumped by every {@link #reset}. */
    public long generation() {
        return generation;
    }

    /** How many pages are held now (the table never needs more than a few). */
    public int pagesHeld() {
        return pages.size();
    }

    /**
     * Starts a new queue (another filter or order): forgets every page and takes the new size,
     * with the first page when it came with the count.
     */
    public void reset(int newSize, @Nullable List<QueueLine> firstPage) {
        int oldSize = size;
        generation++;
        pages.clear();
        requested.clear();
        size = newSize;
        if (firstPage != null && newSize > 0) {
            pages.put(0, List.copyOf(firstPage));
        }
        beginChange();
        if (oldSize > 0) {
            nextRemove(0, Collections.nCopies(oldSize, null));
        }
        if (newSize > 0) {
            nextAdd(0, newSize);
        }
        endChange();
    }

    public void pageArrived(long pageGeneration, int page, List<QueueLine> rows) {
        if (pageGeneration != generation) {
            return;
        }
        requested.remove(page);
        pages.put(page, List.copyOf(rows));
        while (pages.size() > MAX_PAGES) {
            Integer eldest = pages.keySet().iterator().next();
            pages.remove(eldest);
        }
        int from = page * PAGE_SIZE;
        int to = Math.min(size, from + PAGE_SIZE);
        if (from >= to) {
            return;
        }
        beginChange();
        for (int i = from; i < to; i++) {
            nextSet(i, null);
        }
        endChange();
    }

    /** A page that failed may be asked for again the next time a row of it is needed. */
    public void pageFailed(long pageGeneration, int page) {
        if (pageGeneration == generation) {
            requested.remove(page);
        }
    }

    private void request(int page) {
        if (requested.add(page)) {
            source.request(generation, page);
        }
    }
}
