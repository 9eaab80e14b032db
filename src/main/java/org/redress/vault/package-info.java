/**
 * Encryption at rest of the workspace's files: a random workspace key ({@link WorkspaceKey}) that
 * seals every evidence file and issued letter with AES-GCM ({@link SealedFiles}, the one place they
 * are read and written), kept in the database only wrapped — once per officer by a key derived
 * from their password with Argon2id, once by a recovery key printed for the administrator
 * ({@link KeySlots}, as LUKS keeps key slots). {@link Vault} holds the key for this process once an
 * officer has signed in; {@link SealMigration} seals a workspace written before; {@link
 * VolumeEncryption} says whether the folder lies on an encrypted volume (the database itself is
 * not encrypted by Redress).
 */
@NullMarked
package org.redress.vault;

import org.jspecify.annotations.NullMarked;
