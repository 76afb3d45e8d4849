package dev.kantor.platform.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Describes the {@code page}, {@code size} and {@code sort} parameters of every list operation (one that
 * takes a {@link PageQuery}) the same way, with the sort fields the operation allows as the only values.
 */
@Component
class PagingDescriptions implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        boolean paged =
                List.of(handler.getMethodParameters()).stream().anyMatch(p -> p.getParameterType() == PageQuery.class);
        if (!paged) {
            return operation;
        }
        operation.addParametersItem(new Parameter()
                .in("query")
                .name("page")
                .description("Which page, zero-based; a page past the last one is empty")
                .schema(new IntegerSchema()
                        ._default(0)
                        .minimum(BigDecimal.ZERO)
                        .maximum(BigDecimal.valueOf(PageQueries.MAX_PAGE))));
        operation.addParametersItem(new Parameter()
                .in("query")
                .name("size")
                .description("How many items a page holds")
                .schema(new IntegerSchema()
                        ._default(PageQuery.DEFAULT_SIZE)
                        .minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(PageQuery.MAX_SIZE))));
        Sortable sortable = handler.getMethodAnnotation(Sortable.class);
        if (sortable != null) {
            List<String> values = new ArrayList<>();
            for (String field : sortable.value()) {
                values.add(field);
                values.add("-" + field);
            }
            StringSchema sort = new StringSchema();
            sort.setEnum(values);
            operation.addParametersItem(new Parameter()
                    .in("query")
                    .name("sort")
                    .description("A field to sort by, ascending, or with a leading minus descending; "
                            + "without it the list keeps the order its description gives")
                    .schema(sort));
        }
        return operation;
    }
}
