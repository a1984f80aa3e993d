package org.anodex.source;

import org.anodex.paper.Paper;

/** Where a source delivers what it read: papers, and records it had to reject (with where and why). */
public interface PaperSink {

  void accept(Paper paper);

  void reject(String where, String reason);
}
