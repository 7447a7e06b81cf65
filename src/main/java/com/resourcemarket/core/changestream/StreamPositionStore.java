package com.resourcemarket.core.changestream;

import java.util.Map;

/**
 * Where the stream's position lives: with the derived data it describes, so a crash can never leave the position
 * ahead of the data (the catalogue index keeps it in its Lucene commit). Keys and values are opaque.
 */
public interface StreamPositionStore {

    /** The position to resume from; empty to start from the database's current end (after a rebuild). */
    Map<String, String> load();

    /**
     * Every change up to this position has been applied (see {@link ChangeListener#apply}); the store persists it
     * together with the content those changes produced, at its next durable commit.
     */
    void applied(Map<String, String> position);

    /**
     * The stored position can no longer be streamed from (the binlog was purged, or it belongs to another
     * database): the store forgets it and rebuilds its content from a fresh snapshot of the database; the stream
     * then resumes from the database's current end, so nothing committed meanwhile is missed.
     */
    void positionLost(String reason);
}
