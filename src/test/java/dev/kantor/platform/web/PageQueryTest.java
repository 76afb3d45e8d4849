package dev.kantor.platform.web;

import java.util.List;
import java.util.stream.IntStream;

import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one way every list of the API reads page, size and sort, and the links of its pages. */
class PageQueryTest {

    record Item(long id, String name) {}

    private static final List<Item> ITEMS = IntStream.range(0, 7)
            .mapToObj(i -> new Item(i, i % 2 == 0 ? "b" + i : "A" + i))
            .toList();

    @Test
    void pagesDefaultToTheFirstOfFifty() {
        PageQuery query = PageQueries.read(null, null, null, List.of(), "/api/things", null);

        assertThat(query.page()).isZero();
        assertThat(query.size()).isEqualTo(50);
        assertThat(query.order()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"page,-1,50", "size,0,0", "size,201,0", "page,10000001,50", "page,x,50", "size,1.5,0"})
    void refusesAPageOrSizeOutOfRangeNamingIt(String field, String value, String unused) {
        assertThatThrownBy(() -> PageQueries.read(
                        field.equals("page") ? value : null,
                        field.equals("size") ? value : null,
                        null,
                        List.of(),
                        "/api/things",
                        null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly(field));
    }

    @Test
    void refusesASortFieldTheListDoesNotOfferNamingSort() {
        assertThatThrownBy(() -> PageQueries.read(null, null, "-salary", List.of("name", "id"), "/api/x", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("sort");
                    assertThat(e.problems().get(0).args()).containsExactly("name, id");
                });
        assertThatThrownBy(() -> PageQueries.read(null, null, "name", List.of(), "/api/x", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey)
                        .containsExactly("validation.sort-none"));
    }

    @Test
    void sortsInMemoryByTheFieldEitherWayWithoutRegardToCase() {
        PageQuery ascending = PageQueries.read("0", "3", "name", List.of("name"), "/api/x", null);
        PageQuery descending = PageQueries.read("0", "3", "-name", List.of("name"), "/api/x", null);

        assertThat(ascending.inMemory(ITEMS).items()).extracting(Item::name).containsExactly("A1", "A3", "A5");
        assertThat(descending.inMemory(ITEMS).items()).extracting(Item::name).containsExactly("b6", "b4", "b2");
    }

    @Test
    void linksKeepTheOtherParametersAndStopAtTheEnds() {
        PageQuery middle =
                PageQueries.read("1", "3", null, List.of(), "/api/things", "q=caf%C3%A9&page=1&status=OPEN&size=3");

        Paged<Item> page = middle.inMemory(ITEMS);

        assertThat(page.total()).isEqualTo(7);
        assertThat(page.items()).extracting(Item::id).containsExactly(3L, 4L, 5L);
        assertThat(page.links().self()).isEqualTo("/api/things?q=caf%C3%A9&status=OPEN&page=1&size=3");
        assertThat(page.links().first()).isEqualTo("/api/things?q=caf%C3%A9&status=OPEN&page=0&size=3");
        assertThat(page.links().prev()).isEqualTo(page.links().first());
        assertThat(page.links().next()).isEqualTo("/api/things?q=caf%C3%A9&status=OPEN&page=2&size=3");
        assertThat(page.links().last()).isEqualTo(page.links().next());

        Paged<Item> last =
                PageQueries.read("2", "3", null, List.of(), "/api/things", null).inMemory(ITEMS);
        assertThat(last.items()).extracting(Item::id).containsExactly(6L);
        assertThat(last.links().next()).isNull();
        assertThat(last.links().last()).isEqualTo("/api/things?page=2&size=3");

        Paged<Item> first = PageQueries.read(null, null, null, List.of(), "/api/things", null)
                .inMemory(List.of());
        assertThat(first.links().prev()).isNull();
        assertThat(first.links().next()).isNull();
        assertThat(first.links().last()).isEqualTo("/api/things?page=0&size=50");
    }
}
