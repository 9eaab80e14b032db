package org.redress.domain.appeal;

/** How a case reached the workstation. */
public enum Channel {
    HUB, IMPORT, MANUAL, DEMO
}
