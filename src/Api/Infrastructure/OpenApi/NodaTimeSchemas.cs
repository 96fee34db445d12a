using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NodaTime;

namespace ConseilsCitoyens.Api.Infrastructure.OpenApi;

/// <summary>NodaTime values are ISO strings on the wire; without this the document shows them as empty schemas.</summary>
internal sealed class NodaTimeSchemas : IOpenApiSchemaTransformer
{
    public static (JsonSchemaType Type, string Format)? ShapeOf(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var value && value == typeof(LocalDate) ? (JsonSchemaType.String, "date")
        : value == typeof(Instant) ? (JsonSchemaType.String, "date-time")
        : null;

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (ShapeOf(context.JsonTypeInfo.Type) is var (type, format))
        {
            var nullable = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) is not null
                || (schema.Type ?? 0).HasFlag(JsonSchemaType.Null);
            schema.Type = nullable ? type | JsonSchemaType.Null : type;
            schema.Format = format;
            schema.Properties?.Clear();
            schema.Required?.Clear();
        }
        return Task.CompletedTask;
    }
}
