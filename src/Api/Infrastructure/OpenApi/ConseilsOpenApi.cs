using Microsoft.AspNetCore.OpenApi;

namespace ConseilsCitoyens.Api.Infrastructure.OpenApi;

/// <summary>
/// The OpenAPI document as generated clients read it (Kiota, NSwag): every correction to what
/// ASP.NET derives from the endpoints is registered here, once, instead of attributes repeated on
/// each endpoint. build/contract.sh lints the served document and runs generated clients against it.
/// </summary>
internal static class ConseilsOpenApi
{
    public static IServiceCollection AddConseilsOpenApi(this IServiceCollection services) => services.AddOpenApi(openApi =>
    {
        // Dates and instants are strings on the wire: inlined where used, so that a nullable one stays a
        // nullable string instead of a reference some generators turn into an empty class.
        openApi.CreateSchemaReferenceId = type =>
            NodaTimeSchemas.ShapeOf(type.Type) is null ? OpenApiOptions.CreateDefaultSchemaReferenceId(type) : null;
        var defaults = new DefaultValues();
        openApi.AddSchemaTransformer<NodaTimeSchemas>()
            .AddSchemaTransformer<EnumSchemas>()
            .AddSchemaTransformer(defaults)
            .AddOperationTransformer<OperationNames>()
            .AddOperationTransformer<QueryParameterSchemas>()
            .AddOperationTransformer<HeaderDeclarations>()
            .AddOperationTransformer<ProblemResponses>()
            .AddDocumentTransformer<BearerInOpenApi>()
            .AddDocumentTransformer<DocumentIdentity>()
            .AddDocumentTransformer<ProblemSchema>()
            .AddDocumentTransformer(defaults);
    });
}
