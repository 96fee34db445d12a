using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ConseilsCitoyens.Api.Infrastructure.OpenApi;

/// <summary>
/// A request field with a default in its record's constructor keeps that default when its schema
/// becomes a reference (an enum): ASP.NET drops it then, and a generator sends the type's zero value
/// instead (JoinCouncilRequest.origin would go as "drawn", not the default "volunteer"). The defaults
/// are noted while each object's schema is built and put back on the references once the document is whole.
/// </summary>
internal sealed class DefaultValues : IOpenApiSchemaTransformer, IOpenApiDocumentTransformer
{
    private readonly ConcurrentDictionary<(string Schema, string Property), JsonNode> found = new();

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Kind != JsonTypeInfoKind.Object || schema.Properties is null
            || OpenApiOptions.CreateDefaultSchemaReferenceId(context.JsonTypeInfo) is not { } owner)
            return Task.CompletedTask;
        foreach (var (name, property) in schema.Properties)
            if (property.Default is { } value)
                found[(owner, name)] = value.DeepClone();
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var (name, schema) in document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        foreach (var (property, reference) in schema.Properties?.Where(p => p.Value is OpenApiSchemaReference { Default: null }) ?? [])
            if (found.TryGetValue((name, property), out var value))
                ((OpenApiSchemaReference)reference).Default = value.DeepClone();
        return Task.CompletedTask;
    }
}
