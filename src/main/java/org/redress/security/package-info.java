/**
 * Accounts and their secrets: password hashing and verification. Only hashes are ever stored.
 */
@NullMarked
package org.redress.security;

import org.jspecify.annotations.NullMarked;
