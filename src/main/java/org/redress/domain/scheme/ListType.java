package org.redress.domain.scheme;

/** Red lists reward, black lists sanction. */
public enum ListType {
    RED, BLACK
}
