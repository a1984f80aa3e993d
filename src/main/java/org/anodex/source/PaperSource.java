package org.anodex.source;

import java.io.IOException;

/**
 * A source of papers: reads one file and hands every paper in it to the sink. A record that cannot
 * be read is rejected through the sink and the rest go on; a file that cannot be read at all throws
 * {@link UnreadableFileException} with a reason a user understands.
 *
 * <p>To add a format: implement this interface in a small class, route files to it in {@link
 * Sources}, and add a test with a real file of that format under {@code
 * src/test/resources/formats/}.
 */
public interface PaperSource {

  void read(SourceFile file, PaperSink sink) throws IOException;
}
