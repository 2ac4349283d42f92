package vn.ocop.registry.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.registry.ProductState;
import vn.ocop.contracts.registry.ProductUpdated;
import vn.ocop.devstack.Await;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.registry.support.RegistryEvents;
import vn.ocop.registry.support.RegistryRows;
import vn.ocop.registry.support.RegistryRows.Place;

/**
 * Public search pages come from memory once computed, and the registry's events clear that memory:
 * a change written to the database alone is not seen (proof that the page is cached), the same
 * change announced on Kafka is (as the outbox relay would announce it). The other tests run with
 * the cache off ({@code %test} max-age 0), so that rows they write by SQL are searched at once.
 */
@QuarkusTest
@TestProfile(SearchCacheTest.CacheOn.class)
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class SearchCacheTest {
  public static class CacheOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("ocop.registry.search.cache.max-age", "10m");
    }
  }

  @Inject SearchCache cache;
  @Inject SearchCacheEvents events;

  private String marker;
  private UUID subject;
  private UUID product;

  @BeforeEach
  void productInForceAndTheConsumerListening() {
    awaitConsumerAssigned();
    marker = "qzx" + UUID.randomUUID().toString().replace("-", "").replaceAll("[0-9]", "q");
    subject = RegistryRows.subject("HTX Mắm tôm " + marker, Place.BUON_MA_THUOT);
    product = RegistryRows.product(subject, "Mắm tôm chua Huế", 9, Place.BUON_MA_THUOT);
    RegistryRows.certificateInForce(product, 4);
  }

  @Test
  void aPageIsComputedOnceAndServedFromMemoryUntilAnEventArrives() {
    long misses = cache.misses();
    long hits = cache.hits();
    assertThat(names()).containsExactly("Mắm tôm chua Huế");
    assertThat(cache.misses() - misses).isEqualTo(1);
    assertThat(names()).containsExactly("Mắm tôm chua Huế");
    assertThat(cache.hits() - hits).isEqualTo(1);
    assertThat(cache.misses() - misses).isEqualTo(1);

    // Written to the database alone: the page in memory is still served.
    RegistryRows.update(
        "update product set name = 'Mắm tôm chua Thừa Thiên' where id = ?", product);
    UUID second = RegistryRows.product(subject, "Mắm ruốc Huế", 9, Place.BUON_MA_THUOT);
    RegistryRows.certificateInForce(second, 3);
    assertThat(names()).containsExactly("Mắm tôm chua Huế");

    // Announced as the outbox relay would: the next search reads the database again.
    RegistryEvents.send(
        Topics.REGISTRY_PRODUCT,
        product,
        EventTypes.PRODUCT_UPDATED,
        new ProductUpdated(
            product,
            subject,
            productState("Mắm tôm chua Huế"),
            productState("Mắm tôm chua Thừa Thiên"),
            List.of("name")));
    Await.untilTrue(
        "the search to show the renamed and the new product",
        () -> names().equals(List.of("Mắm tôm chua Thừa Thiên", "Mắm ruốc Huế")));
  }

  @Test
  void theSameWordsInAnotherOrderOrWithOtherFiltersAreOtherPages() {
    long misses = cache.misses();
    assertThat(names()).hasSize(1);
    given().queryParam("q", "mam " + marker).get("/public/products").then().statusCode(200);
    given()
        .queryParam("q", marker)
        .queryParam("starClass", 5)
        .get("/public/products")
        .then()
        .statusCode(200);
    assertThat(
            given()
                .queryParam("q", marker)
                .queryParam("starClass", 5)
                .get("/public/products")
                .jsonPath()
                .getList("items"))
        .isEmpty();
    assertThat(cache.misses() - misses).isEqualTo(3);
  }

  private List<String> names() {
    return PublicSearchTest.names(given().queryParam("q", marker));
  }

  private void awaitConsumerAssigned() {
    RegistryEvents.awaitAssigned(
        "the search cache consumer",
        events::eventsSeen,
        () -> {
          UUID probe = UUID.randomUUID();
          RegistryEvents.send(
              Topics.REGISTRY_PRODUCT,
              probe,
              EventTypes.PRODUCT_UPDATED,
              new ProductUpdated(
                  probe, probe, productState("probe"), productState("probe"), List.of()));
        });
  }

  private static ProductState productState(String name) {
    return new ProductState(
        name, null, 9, "Thủy sản", 2, "2025-07", "66", null, "24133", "66", "REGISTERED", null);
  }
}
