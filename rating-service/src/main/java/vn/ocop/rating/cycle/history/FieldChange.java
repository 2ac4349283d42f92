package vn.ocop.rating.cycle.history;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field a subject changed when revising a returned record: its value before and after. */
@Embeddable
@Schema(name = "FieldChange", description = "A field changed by a revision, before and after")
public class FieldChange {
  private String field;

  @Column(name = "old_value")
  private String oldValue;

  @Column(name = "new_value")
  private String newValue;

  protected FieldChange() {}

  public FieldChange(String field, String oldValue, String newValue) {
    this.field = field;
    this.oldValue = oldValue;
    this.newValue = newValue;
  }

  /** A change if the values differ, else null. */
  public static FieldChange of(String field, Object oldValue, Object newValue) {
    String before = oldValue == null ? null : oldValue.toString();
    String after = newValue == null ? null : newValue.toString();
    return Objects.equals(before, after) ? null : new FieldChange(field, before, after);
  }

  @Schema(example = "productName")
  public String getField() {
    return field;
  }

  @Schema(example = "Cà phê bột")
  public String getOldValue() {
    return oldValue;
  }

  @Schema(example = "Cà phê bột nguyên chất")
  public String getNewValue() {
    return newValue;
  }
}
