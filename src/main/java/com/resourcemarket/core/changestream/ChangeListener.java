package com.resourcemarket.core.changestream;

import java.util.List;
import java.util.Set;

/**
 * Something derived from the database (an index, a cache, a queue) that follows its changes. Implementations are
 * CDI beans; {@link ChangeStream} hands each one, on the stream's own thread and in commit order, the changes of
 * the tables it names. {@link #apply} returns once the change is in force here: the stream only moves its
 * position on after that, so a crash replays what was not applied (apply must be idempotent).
 */
public interface ChangeListener {

    /** Table names (without schema) this listener follows. */
    Set<String> tables();

    void apply(List<RowChange> changes);
}
