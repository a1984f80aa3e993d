package org.anodex.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.anodex.source.SourceFile;

/**
 * The files that the paths of an ingest name: folders walked recursively (links followed, so a
 * linked folder of papers is read), hidden files left out, files that are not papers (README,
 * LICENSE) skipped by name, links to what the folder holds anyway skipped (said). Every other entry
 * that is not a regular file is named with what it is, never passed over in silence: a named pipe
 * (reading it would block the run), a device (a link to /dev/zero never ends), a directory loop, a
 * symbolic link loop, a dangling link, a folder that cannot be read.
 */
public final class FileWalk {
  private static final List<String> NOT_PAPERS =
      List.of("readme", "license", "licence", "changelog", "notice");

  private FileWalk() {}

  /**
   * Lists the files that {@code paths} name; odd entries go to {@code failures}, not-papers to
   * {@code skipped}.
   */
  public static List<SourceFile> expand(
      List<Path> paths, List<IngestSummary.Failure> failures, List<String> skipped)
      throws IOException {
    List<SourceFile> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        walk(p, files, failures, skipped);
      } else if (Files.isRegularFile(p)) {
        files.add(SourceFile.of(p));
      } else {
        failures.add(
            new IngestSummary.Failure(
                p.toString(),
                Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    ? oddEntry(p)
                    : "no such file or folder"));
      }
    }
    return files;
  }

  private static void walk(
      Path root, List<SourceFile> files, List<IngestSummary.Failure> failures, List<String> skipped)
      throws IOException {
    List<SourceFile> found = new ArrayList<>();
    Path realRoot = root.toRealPath();
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (isHidden(root.relativize(dir))) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            if (!dir.equals(root) && linksInside(dir, realRoot)) {
              skipped.add(
                  name(root, dir) + " (a link to a folder that is read under its own name)");
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
            String rel = name(root, f);
            if (isHidden(root.relativize(f))) {
              return FileVisitResult.CONTINUE;
            }
            if (!attrs.isRegularFile()) {
              failures.add(new IngestSummary.Failure(rel, oddEntry(f)));
            } else if (isNotPaper(f)) {
              skipped.add(rel + " (not a paper)");
            } else if (linksInside(f, realRoot)) {
              skipped.add(rel + " (a link to a file that is read under its own name)");
            } else {
              found.add(new SourceFile(f, rel));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path f, IOException e) {
            if (!isHidden(root.relativize(f))) {
              failures.add(new IngestSummary.Failure(name(root, f), unreadable(f, e)));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(Comparator.comparing(SourceFile::path));
    files.addAll(found);
  }

  /**
   * Whether {@code p} is a link to something inside the folder being read: its target is read under
   * its own name, and reading it twice would make two papers of one file where ids come from file
   * names.
   */
  private static boolean linksInside(Path p, Path realRoot) {
    try {
      return Files.isSymbolicLink(p) && p.toRealPath().startsWith(realRoot);
    } catch (IOException e) {
      return false;
    }
  }

  private static String name(Path root, Path f) {
    return root.relativize(f).toString().replace('\\', '/');
  }

  private static String unreadable(Path f, IOException e) {
    if (e instanceof FileSystemLoopException) {
      return "a directory loop (a link back to a folder above it): not followed";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied: skipped";
    }
    return "could not be listed: "
        + (e instanceof FileSystemException fs && fs.getReason() != null
            ? fs.getReason()
            : e.getMessage());
  }

  /** What an entry that is not a regular file is, and that it is skipped. */
  static String oddEntry(Path f) {
    String via = "";
    if (Files.isSymbolicLink(f)) {
      try {
        Path target = Files.readSymbolicLink(f);
        via = " (a link to " + target + ")";
        Files.readAttributes(f, BasicFileAttributes.class); // follows the link
      } catch (NoSuchFileException e) {
        return "a dangling link" + via + ": its target does not exist; skipped";
      } catch (FileSystemException e) {
        String reason = String.valueOf(e.getReason()).toLowerCase(Locale.ROOT);
        return (reason.contains("levels of symbolic links") || reason.contains("loop")
                ? "a symbolic link loop"
                : "a link that cannot be followed (" + e.getReason() + ")")
            + via
            + "; skipped";
      } catch (IOException e) {
        return "a link that cannot be followed" + via + "; skipped";
      }
    }
    return "not a regular file: " + kind(f) + via + "; skipped";
  }

  private static String kind(Path f) {
    try {
      int mode = (Integer) Files.getAttribute(f, "unix:mode");
      return switch (mode & 0170000) {
        case 0010000 -> "a named pipe (FIFO), which would block the run";
        case 0020000 -> "a character device, which may never end";
        case 0060000 -> "a block device";
        case 0140000 -> "a socket";
        case 0040000 -> "a folder";
        default -> "a special file";
      };
    } catch (IOException
        | UnsupportedOperationException
        | IllegalArgumentException
        | ClassCastException e) {
      return "a special file";
    }
  }

  private static boolean isHidden(Path rel) {
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNotPaper(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return NOT_PAPERS.stream().anyMatch(n -> name.equals(n) || name.startsWith(n + "."));
  }
}
