package org.redress.demo;

import java.nio.charset.StandardCharsets;

/**
 * The identifiers handed out so far, as 64-bit fingerprints in an open-addressing table: random
 * identifiers collide (a million people share a few hundred million possible resident IDs), and a
 * primitive table keeps a million of them in a few megabytes.
 */
final class IdentifierRegistry {

    private long[] slots = new long[1 << 12];
    private int size;

    /** Records {@code identifier}; false if it was handed out before. */
    boolean claim(String identifier) {
        long key = fingerprint(identifier);
        if (size * 2 >= slots.length) {
            grow();
        }
        boolean fresh = insert(slots, key);
        if (fresh) {
            size++;
        }
        return fresh;
    }

    int size() {
        return size;
    }

    private static boolean insert(long[] table, long key) {
        int mask = table.length - 1;
        for (int i = (int) (key ^ (key >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (table[i] == 0) {
                table[i] = key;
                return true;
            }
            if (table[i] == key) {
                return false;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long key : old) {
            if (key != 0) {
                insert(slots, key);
            }
        }
    }

    /** FNV-1a over the bytes, then mixed; never 0, which marks an empty slot. */
    private static long fingerprint(String identifier) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : identifier.getBytes(StandardCharsets.US_ASCII)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return hash == 0 ? 1 : hash;
    }
}
