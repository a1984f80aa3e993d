package org.anodex.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.anodex.index.PaperIndex;
import org.anodex.paper.PaperIds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description = {"Deletes papers by id or DOI.", "Exit status 1 when a paper was not found."})
final class DeleteCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "ID",
      arity = "1..*",
      description =
          "a paper's id (as search and the API show it, e.g. 10.5555~anodex.2024.0001 or k-KEY) or its DOI "
              + "(10.5555/anodex.2024.0001, https://doi.org/...)")
  List<String> ids;

  @Mixin IndexOptions indexOptions;

  @Override
  public Integer call() throws Exception {
    int missing = 0;
    try (Store store = Store.forUpdating(indexOptions)) {
      PaperIndex index = store.index;
      for (String name : ids) {
        String id = PaperIds.resolve(name);
        if (id != null && index.delete(id)) {
          System.out.println("deleted " + id);
        } else {
          System.out.println("not found: " + name);
          missing++;
        }
      }
      index.commit();
    }
    return missing == 0 ? 0 : 1;
  }
}
