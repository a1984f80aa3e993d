package org.anodex.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.anodex.index.PaperIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "delete", mixinStandardHelpOptions = true, description = "Deletes papers by id. Exit status 1 when an id was not found.")
final class DeleteCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ID", arity = "1..*")
  List<String> ids;

  @Mixin
  IndexOptions indexOptions;

  @Override
  public Integer call() throws Exception {
    int missing = 0;
    try (Store store = Store.forWriting(indexOptions)) {
      PaperIndex index = store.index;
      for (String id : ids) {
        if (index.delete(id)) {
          System.out.println("deleted " + id);
        } else {
          System.out.println("not found: " + id);
          missing++;
        }
      }
      index.commit();
    }
    return missing == 0 ? 0 : 1;
  }
}
