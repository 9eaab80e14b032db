package org.redress.hub.accounts;

/** Whether a password matches an encoded verifier ({@link org.redress.security.PasswordHasher#verify} by default). */
@FunctionalInterface
public interface PasswordCheck {

    boolean verify(char[] password, String verifier);
}
