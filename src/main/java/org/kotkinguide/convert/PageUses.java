package org.kotkinguide.convert;

import org.kotkinguide.macros.UseLog;

/** Where this build's pages use terms and cite works, noted by the macros (or by the cache for a kept page). */
record PageUses(UseLog terms, UseLog citations) {
    static PageUses none() {
        return new PageUses(new UseLog(), new UseLog());
    }
}
