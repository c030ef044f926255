package org.kotkinguide.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * A file's inode, size and time. A page of the staged site with the identity of a file a check read in
 * the last build is that file, unread: a build never writes into a file it published, it links it into
 * the new site (see {@link org.kotkinguide.layout.SiteFiles}) or writes a new file, which has a new
 * time; and while the new site is checked the published one still holds the old file, so its inode
 * cannot have gone to another. Where the file system gives no inode, no file is the same as another.
 */
record FileIdentity(Object inode, long size, FileTime modified) {
    static FileIdentity of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileIdentity(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean sameFileAs(FileIdentity other) {
        return inode != null && equals(other);
    }
}
