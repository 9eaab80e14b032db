package org.redress.vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Whether a folder lies on an encrypted volume, as far as the platform says without privileges.
 * Linux: the folder's mount in {@code /proc/self/mountinfo}, its block device in
 * {@code /sys/dev/block/MAJ:MIN}, and down its {@code slaves} (LVM on LUKS) a device-mapper target
 * whose {@code dm/uuid} starts {@code CRYPT-} (dm-crypt, LUKS); {@code ecryptfs} mounts count too.
 * fscrypt is per folder and needs an ioctl Java cannot make: a file system with fscrypt set up is
 * reported as UNKNOWN, not as encrypted. macOS: {@code fdesetup status} (FileVault). Windows: the
 * shell's BitLocker protection property of the drive. Anything else is UNKNOWN.
 */
public final class VolumeEncryption {

    /** What was found. */
    public enum State { ENCRYPTED, NOT_ENCRYPTED, UNKNOWN }

    /** The finding and how it was reached, in words for {@code verify}. */
    public record Finding(State state, String how) {
        public boolean encrypted() {
            return state == State.ENCRYPTED;
        }
    }

    private final Path proc;
    private final Path sys;
    private final String os;

    /** The running system's. */
    public VolumeEncryption() {
        this(Path.of("/proc"), Path.of("/sys"), System.getProperty("os.name", ""));
    }

    /** With other roots for {@code /proc} and {@code /sys} (tests lay out a machine of their own). */
    public VolumeEncryption(Path proc, Path sys, String os) {
        this.proc = proc;
        this.sys = sys;
        this.os = os.toLowerCase(Locale.ROOT);
    }

    public Finding of(Path folder) {
        try {
            if (os.contains("linux")) {
                return linux(folder.toAbsolutePath().normalize());
            }
            if (os.contains("mac")) {
                return command(List.of("fdesetup", "status"), out -> out.contains("FileVault is On"),
                        "FileVault (fdesetup status)");
            }
            if (os.contains("windows")) {
                String drive = folder.toAbsolutePath().getRoot().toString().replace("\\", "");
                return command(List.of("powershell", "-NoProfile", "-Command",
                        "(New-Object -ComObject Shell.Application).NameSpace('" + drive
                                + "').Self.ExtendedProperty('System.Volume.BitLockerProtection')"),
                        out -> out.strip().equals("1") || out.strip().equals("3") || out.strip().equals("5"),
                        "BitLocker on " + drive);
            }
        } catch (IOException e) {
            return new Finding(State.UNKNOWN, "could not be read (" + e.getClass().getSimpleName() + ")");
        }
        return new Finding(State.UNKNOWN, "no way to tell on " + os);
    }

    private Finding linux(Path folder) throws IOException {
        Path real = folder;
        while (real != null && !Files.exists(real)) {
            real = real.getParent();
        }
        real = real == null ? folder : real.toRealPath();
        Path mountinfo = proc.resolve("self/mountinfo");
        if (!Files.isReadable(mountinfo)) {
            return new Finding(State.UNKNOWN, "no " + mountinfo);
        }
        Mount best = null;
        for (String line : Files.readAllLines(mountinfo, StandardCharsets.UTF_8)) {
            Optional<Mount> mount = Mount.parse(line);
            if (mount.isPresent() && real.startsWith(mount.get().point())
                    && (best == null || mount.get().point().getNameCount() >= best.point().getNameCount())) {
                best = mount.get();
            }
        }
        if (best == null) {
            return new Finding(State.UNKNOWN, "its mount was not found in " + mountinfo);
        }
        String at = "the file system at " + best.point() + " (" + best.type() + " on " + best.source() + ")";
        if (best.type().equals("ecryptfs")) {
            return new Finding(State.ENCRYPTED, at + " is eCryptfs");
        }
        if (best.type().equals("tmpfs") || best.type().equals("ramfs")) {
            return new Finding(State.NOT_ENCRYPTED, at + " is held in memory, and may be swapped to disk unencrypted");
        }
        Path device = sys.resolve("dev/block").resolve(best.device());
        if (!Files.isDirectory(device)) {
            return new Finding(State.UNKNOWN, at + " is on no block device this machine lists ("
                    + best.device() + "); a network or overlay file system cannot be checked from here");
        }
        Optional<String> crypt = cryptTarget(device, new HashSet<>());
        if (crypt.isPresent()) {
            return new Finding(State.ENCRYPTED, at + " lies on dm-crypt (" + crypt.get() + ")");
        }
        if (Files.isDirectory(best.point().resolve(".fscrypt"))) {
            return new Finding(State.UNKNOWN, at + " has fscrypt set up; whether this folder is one of its encrypted "
                    + "folders cannot be told from here");
        }
        return new Finding(State.NOT_ENCRYPTED, at + " lies on no dm-crypt (LUKS) device");
    }

    /** The dm-crypt target this device is, or lies on: its uuid's kind, e.g. {@code CRYPT-LUKS2}. */
    private static Optional<String> cryptTarget(Path device, Set<Path> seen) throws IOException {
        Path real = device.toRealPath();
        if (!seen.add(real) || seen.size() > 32) {
            return Optional.empty();
        }
        Path uuid = real.resolve("dm/uuid");
        if (Files.isReadable(uuid)) {
            String text = Files.readString(uuid, StandardCharsets.US_ASCII).strip();
            if (text.startsWith("CRYPT-")) {
                int dash = text.indexOf('-', "CRYPT-".length());
                return Optional.of(dash > 0 ? text.substring(0, dash) : text);
            }
        }
        List<Path> below = new ArrayList<>();
        Path slaves = real.resolve("slaves");
        if (Files.isDirectory(slaves)) {
            try (Stream<Path> list = Files.list(slaves)) {
                below.addAll(list.toList());
            }
        }
        // A partition's disk is its parent in /sys/block; its slaves are the disk's.
        if (Files.exists(real.resolve("partition")) && real.getParent() != null) {
            below.add(real.getParent());
        }
        for (Path next : below) {
            Optional<String> found = cryptTarget(next, seen);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private record Mount(String device, Path point, String type, String source) {
        static Optional<Mount> parse(String line) {
            int separator = line.indexOf(" - ");
            if (separator < 0) {
                return Optional.empty();
            }
            String[] head = line.substring(0, separator).split(" ");
            String[] tail = line.substring(separator + 3).split(" ");
            if (head.length < 5 || tail.length < 2) {
                return Optional.empty();
            }
            return Optional.of(new Mount(head[2], Path.of(unescape(head[4])), tail[0], unescape(tail[1])));
        }

        private static String unescape(String field) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < field.length(); i++) {
                char ch = field.charAt(i);
                if (ch == '\\' && i + 3 < field.length()) {
                    try {
                        out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                        i += 3;
                        continue;
                    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                        // not an escape
                    }
                }
                out.append(ch);
            }
            return out.toString();
        }
    }

    private static Finding command(List<String> command, java.util.function.Predicate<String> on, String what)
            throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Finding(State.UNKNOWN, what + " did not answer");
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Finding(on.test(out) ? State.ENCRYPTED : State.NOT_ENCRYPTED, what + ": " + out.strip());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Finding(State.UNKNOWN, what + " was interrupted");
        }
    }
}
