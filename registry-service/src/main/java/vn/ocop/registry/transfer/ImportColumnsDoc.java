package vn.ocop.registry.transfer;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Appends the table of import columns, from {@link ImportColumn}, to the import operation's
 * description in the OpenAPI document, so the document, the template and the parser share one
 * source.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ImportColumnsDoc implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (PathItem path : openAPI.getPaths().getPathItems().values()) {
      Operation post = path.getPOST();
      if (post != null && ImportResource.IMPORT_OPERATION.equals(post.getOperationId())) {
        post.setDescription(
            post.getDescription()
                + "\n\nColumns (header row, snake_case, any order; dates yyyy-MM-dd or"
                + " dd/MM/yyyy):\n\n"
                + ImportColumn.markdownTable());
      }
    }
  }
}
