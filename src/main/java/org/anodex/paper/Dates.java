package org.anodex.paper;

import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as sources give them: "2023", "2023-01-23", "2021/12/22", "23.01.2023", "May
 * 2014".
 */
public final class Dates {
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[6-9]\\d\\d|20\\d\\d)(?!\\d)");
  private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/](\\d{1,2})(?:[-/](\\d{1,2}))?");
  private static final Pattern DMY = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

  private Dates() {}

  /** The year in a date text, or null; a year after next year is a typo, not a publication. */
  public static Integer yearOf(String date) {
    if (date == null) {
      return null;
    }
    Matcher m = YEAR.matcher(date);
    if (!m.find()) {
      return null;
    }
    int y = Integer.parseInt(m.group(1));
    return y <= Year.now(java.time.ZoneOffset.UTC).getValue() + 1 ? y : null;
  }

  /** The date as ISO {@code yyyy[-mm[-dd]]} where it can be read, else null. */
  public static String iso(String date) {
    if (date == null) {
      return null;
    }
    String s = date.strip();
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      return m.group(1) + "-" + pad(m.group(2)) + (m.group(3) != null ? "-" + pad(m.group(3)) : "");
    }
    m = DMY.matcher(s);
    if (m.find()) {
      return m.group(3) + "-" + pad(m.group(2)) + "-" + pad(m.group(1));
    }
    Integer y = yearOf(s);
    return y == null ? null : String.valueOf(y);
  }

  private static String pad(String s) {
    return s.length() == 1 ? "0" + s : s;
  }
}
