package vn.ocop.plan.subject;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.ocop.plan.fact.FactPlace;

/**
 * A subject (chủ thể OCOP) as a fact: its type and place, and the date it was registered, which is
 * all the counts need. Registration and updates land on the same row in whichever order they
 * arrive; the state of the latest event (by its time) stands.
 */
@Entity
@Table(name = "subject_fact")
public class SubjectFact extends PanacheEntityBase {
  @Id
  @Column(name = "subject_id")
  public UUID subjectId;

  @Column(name = "subject_type")
  public String subjectType;

  public String name;

  @Column(name = "province_code")
  public String provinceCode;

  @Column(name = "reported_province_code")
  public String reportedProvinceCode;

  @Column(name = "map_version")
  public String mapVersion;

  @Column(name = "commune_code")
  public String communeCode;

  @Column(name = "reported_commune_code")
  public String reportedCommuneCode;

  /** The local date of the registration event; null while only updates were seen. */
  @Column(name = "registered_on")
  public LocalDate registeredOn;

  @Column(name = "registered_year")
  public Short registeredYear;

  @Column(name = "registered_event_id")
  public String registeredEventId;

  @Column(name = "state_at")
  public OffsetDateTime stateAt;

  @Column(name = "state_event_id")
  public String stateEventId;

  static SubjectFact of(UUID subjectId) {
    SubjectFact fact = new SubjectFact();
    fact.subjectId = subjectId;
    return fact;
  }

  /**
   * Takes the state an event carried, unless the row holds a later one: an update published after a
   * registration wins even if it arrives first.
   */
  void takeState(String type, String name, FactPlace place, OffsetDateTime at, String eventId) {
    if (stateAt != null && at.isBefore(stateAt)) {
      return;
    }
    subjectType = type;
    this.name = name;
    provinceCode = place.provinceCode();
    reportedProvinceCode = place.reportedProvinceCode();
    mapVersion = place.mapVersion();
    communeCode = place.communeCode();
    reportedCommuneCode = place.reportedCommuneCode();
    stateAt = at;
    stateEventId = eventId;
  }

  /** Keeps the earliest registration date seen: a re-published registration changes nothing. */
  void registeredOn(LocalDate date, String eventId) {
    if (registeredOn == null || date.isBefore(registeredOn)) {
      registeredOn = date;
      registeredYear = (short) date.getYear();
      registeredEventId = eventId;
    }
  }
}
