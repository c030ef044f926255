package org.kotkinguide.content;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * When each page's source last changed, for the "Last updated" line: the page's {@code :revdate:}
 * (YYYY-MM-DD) if it has one, else the time of the last commit that touched its file, when the guide
 * is in a git repository. Never the build's clock, so two builds of the same commit are the same.
 * Without git, or for a file never committed, a page shows no date.
 */
public final class LastUpdated {
    /** A day, as the template shows it and as {@code <time datetime>} needs it. */
    public record Day(String iso, String text) {}

    private final Map<Path, LocalDate> committed;
    private final DateTimeFormatter format;

    private LastUpdated(Map<Path, LocalDate> committed, Locale locale) {
        this.committed = committed;
        this.format = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    }

    public static LastUpdated of(GuideSource source, String language) {
        return new LastUpdated(commitDays(source.folder(), source.contentFolder()), Locale.forLanguageTag(language));
    }

    /**
     * Every file's day from git, one "place day" a line in place order: what the caches key on,
     * since a commit changes the pages' "Last updated" line without changing a byte of the guide.
     */
    public String key() {
        StringBuilder key = new StringBuilder();
        new java.util.TreeMap<>(committed)
                .forEach((file, day) -> key.append(file).append(' ').append(day).append('\n'));
        return key.toString();
    }

    /** {@link #key()} for the guide in {@code guide} whose pages are in {@code content}, without loading it. */
    public static String key(Path guide, Path content) {
        return new LastUpdated(commitDays(guide, content), Locale.ROOT).key();
    }

    /** The page's day, or null when there is none to show. */
    public Day of(Page page) {
        var revdate = page.header().attributes().get("revdate");
        LocalDate day = null;
        if (revdate != null) {
            try {
                day = LocalDate.parse(revdate.value().strip());
            } catch (DateTimeParseException e) {
                day = null; // not a plain date: fall back to git rather than fail the build over a label
            }
        }
        if (day == null) {
            day = committed.get(page.file().toAbsolutePath().normalize());
        }
        return day == null ? null : new Day(day.toString(), format.format(day));
    }

    /**
     * Each file's newest commit day, read with JGit from the guide's repository: git itself is never
     * run, so nothing in a guide's {@code .git/config} (a signature program, a pager, hooks) can
     * start a program or keep the build waiting. A repository JGit cannot read leaves pages undated.
     */
    private static Map<Path, LocalDate> commitDays(Path guide, Path content) {
        Map<Path, LocalDate> days = new HashMap<>();
        Path root = guide.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toFile());
        if (builder.getGitDir() == null) {
            return Map.of(); // no git here: pages show no date
        }
        try (Repository repository = builder.setMustExist(true).build();
                RevWalk walk = new RevWalk(repository)) {
            var head = repository.resolve("HEAD");
            if (head == null || repository.getWorkTree() == null) {
                return Map.of();
            }
            Path top = repository.getWorkTree().toPath().toRealPath();
            Path contentReal = content.toAbsolutePath().normalize().toRealPath();
            if (!contentReal.startsWith(top)) {
                return Map.of();
            }
            String prefix = top.relativize(contentReal).toString().replace('\\', '/');
            walk.markStart(walk.parseCommit(head));
            walk.sort(org.eclipse.jgit.revwalk.RevSort.COMMIT_TIME_DESC);
            try (TreeWalk tree = new TreeWalk(repository)) {
                tree.setRecursive(true);
                tree.setFilter(AndTreeFilter.create(
                        prefix.isEmpty() ? TreeFilter.ALL : PathFilter.create(prefix), TreeFilter.ANY_DIFF));
                Path contentShown =
                        root.resolve(root.relativize(content.toAbsolutePath().normalize()));
                for (RevCommit commit : walk) {
                    if (commit.getParentCount() > 1) {
                        continue; // like git log: a merge dates nothing, its branches' commits do
                    }
                    LocalDate day = Instant.ofEpochSecond(commit.getCommitTime())
                            .atOffset(ZoneOffset.UTC)
                            .toLocalDate();
                    // the paths that differ from every parent (all paths for a first commit)
                    org.eclipse.jgit.lib.AnyObjectId[] trees =
                            new org.eclipse.jgit.lib.AnyObjectId[commit.getParentCount() + 1];
                    for (int i = 0; i < commit.getParentCount(); i++) {
                        trees[i] = walk.parseCommit(commit.getParent(i)).getTree();
                    }
                    trees[trees.length - 1] = commit.getTree();
                    tree.reset(trees);
                    while (tree.next()) {
                        String path = tree.getPathString();
                        String inContent =
                                prefix.isEmpty() ? path : path.substring(Math.min(path.length(), prefix.length() + 1));
                        days.putIfAbsent(contentShown.resolve(inContent).normalize(), day);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of(); // a repository JGit cannot read: pages show no date
        }
        return days;
    }
}
