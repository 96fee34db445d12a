using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NodaTime;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>NodaTime values are ISO strings on the wire; without this the document shows them as empty schemas.</summary>
internal sealed class NodaTimeSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        (JsonSchemaType, string)? shape =
            type == typeof(LocalDate) ? (JsonSchemaType.String, "date")
            : type == typeof(Instant) ? (JsonSchemaType.String, "date-time")
            : null;
        if (shape is var (jsonType, format))
        {
            schema.Type = jsonType;
            schema.Format = format;
            schema.Properties?.Clear();
        }
        return Task.CompletedTask;
    }
}
