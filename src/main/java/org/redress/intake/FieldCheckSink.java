package org.redress.intake;

import org.jspecify.annotations.Nullable;

/** Where writers report what the workspace says is wrong with a record that looked fine on its own. */
interface FieldCheckSink {
    void error(@Nullable String field, String message);

    void warning(@Nullable String field, String message);
}
